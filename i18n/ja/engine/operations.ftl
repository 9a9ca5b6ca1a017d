# livedesk-operations の共通の言葉: 入力の問題、確認の文、値の言い表し方、一覧、エラー。
# 各操作の言葉は schema-<vendor>.ftl と <vendor>.ftl にあります。

## validate.rs

operations-form-empty = フォームが空です。必須の項目を入力してください。
operations-the-form = フォーム
operations-must-be-group = { $title } は項目のまとまりである必要があります。
operations-must-be-list = { $title } はリストである必要があります。
operations-must-be-text = { $title } はテキストである必要があります。
operations-must-be-whole-number = { $title } は整数である必要があります。
operations-must-be-number = { $title } は数値である必要があります。
operations-must-be-on-off = { $title } はオンまたはオフ (true または false) である必要があります。
operations-required = { $title } は必須です。
operations-not-a-field = 「{ $key }」はこのフォームの項目ではありません。
operations-condition = { $title } が { $values }
operations-or = { $left } または { $right }
operations-required-when = { $condition } の場合、{ $title } は必須です。
operations-only-used-when = { $title } は { $condition } の場合にのみ使われます。空のままにしてください。
operations-label-on = オン
operations-label-off = オフ
operations-min-entries = { $title } には少なくとも { $count } 件の項目が必要です。
operations-max-entries = { $title } の項目は最大 { $count } 件です (現在 { $given } 件)。
operations-entry-title = { $title } ({ $n } 件目)
operations-entry-empty = { $title } が空です。入力するか削除してください。
operations-must-not-be-empty = { $title } を空にすることはできません。
operations-min-chars = { $title } は { $min } 文字以上である必要があります。
operations-max-chars = { $title } は { $max } 文字以内である必要があります (現在 { $given } 文字)。
operations-pattern-problem = { $title } は{ $hint }。
operations-pattern-other = 想定された形式ではありません
operations-must-be-date-time = { $title } は 2025-06-01T08:00:00Z のような日時である必要があります。
operations-must-be-uri = { $title } は https://example.com/path のような完全なアドレスである必要があります。
operations-number-from-to = { $title } は { $min } から { $max } の範囲である必要があります ({ $given } は範囲外です)。
operations-number-at-least = { $title } は { $min } 以上である必要があります ({ $given } は範囲外です)。
operations-number-at-most = { $title } は { $max } 以下である必要があります ({ $given } は範囲外です)。
operations-must-be-one-of = { $title } は { $choices } のいずれかである必要があります。
operations-quoted = 「{ $label }」
# リストに項目を 1 つずつ加えます。
operations-list-next = { $list }、{ $next }
operations-and = { $list }、{ $last }

## schema.rs (x-pattern-hint: 項目のパターンが求めるもの)

operations-pattern-no-spaces = スペースを含めることはできません
operations-pattern-country-code = TW や JP のような大文字 2 文字の国コードである必要があります
operations-pattern-rtmp-url = rtmp:// で始まる RTMP アドレスである必要があります
operations-pattern-rtmp-or-rtmps-url = rtmp:// または rtmps:// で始まるアドレスである必要があります
operations-pattern-http-url = http:// または https:// で始まるアドレスである必要があります
operations-pattern-seconds = 3600s や 0.5s のように、秒数の後に s を付けた形式である必要があります
operations-pattern-custom-id = 英字、数字、ドット、アンダースコア、ハイフンのみ使用できます
operations-pattern-utc-seconds = 2025-06-01T08:00:00Z のような秒単位の UTC 時刻である必要があります

## diff.rs

operations-not-set = 未設定
operations-on = オン
operations-off = オフ
operations-entries = 項目
operations-list-count = { $title } { $count } 件
operations-settings-count = { $count } 件の設定

## review.rs

operations-state-unread = 現在の状態を読み取れなかったため ({ $problem })、確認画面では現在配信中の内容を表示できません。
operations-nothing-changes = 変更はありません。フォームには読み込んだ設定がそのまま入っています。
operations-will-be-cleared = { $label } はクリアされます (現在: { $old })。
operations-will-be = { $label } は { $new } になります (現在: { $old })。

## current.rs

operations-current-value-invalid = { $label }: { $problem } 現在の値はそのままでは送り返せません。送信する前に修正してください。
operations-fill-in-to-load = 現在の設定を読み込むには、{ $label } を入力してください。
operations-offered-no-list = 選択できるリストがありません
operations-offered-no-pages = 一覧表示できるページがありません
operations-offered-no-field-list = この項目を選択できるリストがありません
operations-offered-no-current = 読み込める現在の状態がありません

## list.rs

operations-list-item-detail = 「{ $name }」({ $id }): { $detail }
operations-list-item = 「{ $name }」({ $id })

## request.rs

operations-signing-headers = ヘッダー { $list }
operations-signing-query = クエリパラメーター { $list }
operations-signing-note-none = 送信時に Livedesk がリクエストに署名します。
operations-signing-note = 送信時に Livedesk が { $parts } を追加します。
operations-input-unusable = 入力内容からリクエストを作成できませんでした。
operations-field-required = この項目は必須です。
operations-account-no-project = 入力されていません: この操作にはプロジェクト ID が必要です

## operation.rs

operations-value-unreadable = この値を読み取れませんでした。値の種類を確認してください。
operations-accepted = { $provider } がリクエストを受け付けました。

## summary.rs

operations-clock-note-behind = 注意: お使いのコンピューターの時計は { $provider } より { $count } 分遅れています。リクエストが失敗する前に、時刻の自動設定をオンにしてください。
operations-clock-note-ahead = 注意: お使いのコンピューターの時計は { $provider } より { $count } 分進んでいます。リクエストが失敗する前に、時刻の自動設定をオンにしてください。
# 2 つの文を続けて書く (日本語では間を空けない)。
operations-then = { $first }{ $second }
operations-request-id-for-vendor = サービス事業者のサポート向けリクエスト ID: { $id }。
operations-on-upper = オン
operations-off-upper = オフ

## account.rs, lib.rs

operations-account-other-vendor = この操作は { $provider } 用ですが、アカウントは { $other } のアカウントです
operations-account-wrong-scheme = { $scheme } は { $provider } の署名方式ではありません
operations-account-wrong-credentials = アカウントには { $provider } ではなく { $held } の認証情報が入っています
operations-account-no-project-region = 入力されていません: Huawei Cloud にはリージョンのプロジェクト ID が必要です
operations-account-changed = この呼び出しは別のアカウントまたは別のアカウント設定用に準備されました。もう一度準備してください

## error.rs

operations-unknown = 操作: 「{ $id }」という操作はありません
operations-not-offered = 操作: 「{ $id }」には{ $what }
operations-field-problem = { $field }: { $problem }
operations-field-problem-and-more = { $field }: { $problem } (ほかに { $count } 件の問題があります)
operations-input-not-accepted = 入力内容が受け付けられませんでした。
operations-hint-report = これは Livedesk の問題です。報告してください。
operations-hint-correct-fields = 印の付いた { $count } 件の項目を修正してください。何も送信されていません。
operations-hint-correct-field = 項目を修正してください。何も送信されていません。
operations-hint-check-account = アカウントの設定を確認してください。何も送信されていません。
operations-hint-wait = あと { $count } 秒待ってから、もう一度送信してください。何も送信されていません。
operations-hint-refused = { $hint } 何も送信されていません。
