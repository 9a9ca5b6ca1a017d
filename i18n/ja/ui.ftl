# Livedesk UI、日本語。用語は i18n/glossary/ja.toml に従います。

## Accounts, forms, operations
app-tagline = お使いのすべての配信サービスで、ライブチャンネルを安全に変更できます。
accounts-heading = アカウント
accounts-add = アカウントを追加
accounts-addPractice = 練習用アカウントを追加
accounts-empty = アカウントはまだありません。配信のサービス事業者のログイン情報を追加すると、チャンネルの設定を変更できます。
accounts-pickVendor = どのサービスのログイン情報ですか？
accounts-practice = 練習 — 内蔵サンドボックス
accounts-edit = 編集
accounts-delete = 削除
accounts-secretSet = 設定済み
accounts-new = 新しい { $vendor } アカウント
accounts-editTitle = 「{ $name }」を編集
accounts-secretNote =
    キーはこのコンピューターの{ $platform ->
        [macos] キーチェーン
        [windows] 資格情報マネージャー
       *[linux] キーリング
    }にのみ保存され、二度と表示されません。
accounts-save = アカウントを保存
accounts-saving = 保存中…
accounts-keepHint = 設定済み — 入力すると置き換えます
accounts-keepHintLast4 = 設定済み（…{ $last4 }）— 入力すると置き換えます
accounts-confirmDelete = 「{ $name }」を削除しますか？
accounts-confirmDeletePractice = この練習用アカウントを削除します。練習用アカウントはいつでも追加し直せます。
accounts-confirmDeleteReal =
    設定は削除され、キーも{ $platform ->
        [macos] キーチェーン
        [windows] 資格情報マネージャー
       *[linux] キーリング
    }から削除されます。この操作は元に戻せません。
accounts-deleteYes = 「{ $name }」を削除
accounts-deleteNo = 残す
check-button = 接続を確認
check-domain = 照会するアップストリーミングドメイン（任意）
check-run = 確認する
check-again = もう一度確認
check-running = 確認中…
check-vendorCode = サービス事業者のコード: { $code }
common-cancel = キャンセル
common-optional = 任意
common-notSet = — 未設定 —
common-choose = — 選択してください —
common-remove = 取り除く
common-addEntry = { $item }を追加
common-atMost = （最大 { $count } 件）
common-cannotChange = （変更できません）
accounts-changeSettings = 設定を変更
ops-back = ← アカウント
ops-for = アカウント: { $name }
ops-pick = 何を変更しますか？
ops-lookUp = 現在の設定を照会:
ops-fetch = 照会
ops-review = 確認
ops-send = 送信
ops-sending = 送信中…
ops-reviewHeading = 送信すると行われること
ops-signing = 署名方式
ops-copyCurl = curl コマンドとしてコピー
ops-copied = コピーしました
ops-curlHeading = curl コマンド（秘密の値はプレースホルダー）
ops-resultHeading = 完了
ops-requestId = サービス事業者のリクエスト ID: { $id }
ops-vendorCode = サービス事業者のコード: { $code }
ops-retryIn = { $seconds } 秒後にもう一度送信できます。
ops-noOps = このサービス事業者の操作はまだありません。
ops-loadCurrent = 現在の設定を読み込む
ops-loading = 読み込み中…
ops-keysFirst = 先に { $fields } を入力してください。
ops-currentLoaded = 現在の設定を読み込みました
ops-diffHeading = 変更される内容
ops-noChange = 読み込んだ設定から変わる点はありません。
ops-cleared = 空になります
ops-undoing = 履歴 #{ $id } を元に戻す: その変更の前に読み込んだ設定に戻します。
ops-stale = 読み込んだ後に、ほかの人がこの設定を変更しました。現在の設定を読み込み直すか、「それでも送信」で上書きしてください。
ops-sendAnyway = それでも送信

## Review and result (issue #16: effects, refusals, technical details)
review-technical = 技術的な詳細
review-nothingSent = この状態が解消されるまで、何も送信されません。
review-refusal-channelNotPublishing = チャンネルがストリームを受信していません
review-refusal-notRecording = このストリームは録画中ではありません
review-refusal-streamNotPushed = このストリームはプッシュされていません
review-refusal-tooSoon = 停止してから時間がたっていません
picker-choose = アカウントから{ $field }を選ぶ
picker-none = — 見つかりません —
picker-failed = 一覧を読み込めませんでした。
history-button = 履歴
history-heading = 履歴
history-empty = 呼び出しはまだありません。
history-search = 検索
history-searchPlaceholder = 概要、操作、アカウント、リクエスト ID の文字
history-allAccounts = すべてのアカウント
history-retention = 保持
history-maxEntries = 件まで（呼び出しの数）
history-maxAge = 日間
history-saveRetention = 保存
history-removed = 古い呼び出しを { $count } 件削除しました。
history-sendAgain = もう一度送信
history-undo = 元に戻す
history-undone = #{ $id } で元に戻しました
history-undoOf = #{ $id } を元に戻す
history-outcomeSending = 送信中
history-outcomeUnknown = 結果不明（応答の前に Livedesk が終了しました）

## Keys bound to where they were entered (security)
accounts-movedNote = アドレスを変更しました。Livedesk はキーを入力したときのアドレスにだけ送ります。新しいアドレスがサービス事業者自身のものでない場合は、キーも入力し直してください。
error-unexpectedHint = もう一度お試しください。繰り返し起きる場合は Livedesk を再起動してください。

## Flow: the form's errors, fresh state after a send, History in plain words (#16, #17).
form-needAttention = 確認が必要な項目が { $count } 件あります:
form-atMostChars = 最大 { $count } 文字。
ops-sentNote = 送信しました。もう一度送信するには、どこかを変更してください。
ops-errorDetails = 技術的な詳細
ops-refreshed = フォームには、この変更の後の設定が表示されています。
ops-outdatedLoaded = 表示中の現在の設定は別の { $fields } のものです。読み込み直してください。
history-outcomeOk = 完了
history-outcomeVendorError = サービス事業者が拒否
history-outcomeFailed = 失敗
history-outcomeRejected = 未送信
history-errorHint = 対処方法: { $hint }
history-undoBlockedRead = 元に戻すものはありません。照会では何も変わりません。
history-undoBlockedNotApplied = 元に戻すものはありません。この呼び出しでは何も変わっていません。
history-undoBlockedSending = 応答が届いてから元に戻すことができます。
history-undoBlockedNothingRead = 元に戻すことはできません。この変更の前の設定を読み込めませんでした。
history-undoBlockedUndone = 元に戻し済み（#{ $id }）。
history-sendAgainHelp = 送信したときの内容が入ったフォームを開きます。送信の前に内容を確認します。

## --- desktop manners (issue 17) ---
app-operationsHeading = { $name } の設定を変更
## Language menu (issue 18)
language-label = 言語

## Language switch: what the engine wrote is asked for again (issue 18, part 2)
ops-answerInHistory = この送信の結果は以前の言語で表示されていました。履歴で確認できます。
# The checkbox that gives an optional group of fields a value (read by screen readers).
form-setGroup = { $field }を設定

## Examples and names shown as they are (on i18n/allow-identical.txt)
app-name = Livedesk
check-domainExample = push.example.com

## --- date-time picker (issue 17): shown in the computer's time zone, sent in UTC ---
form-dateTimeZone = お使いのタイムゾーン: { $zone }、UTC{ $offset }
form-dateTimeClear = 消去
