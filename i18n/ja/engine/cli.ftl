# What livedesk-cli prints (livedesk-cli/src). Ids: cli-…

## accounts.rs
cli-no-data-dir = Livedesk のデータの保存場所がわかりません。--data-dir で指定してください
cli-not-private = { $folder } を非公開にできませんでした：{ $problem }
cli-unknown-vendor = --vendor：「{ $vendor }」はサービス事業者 huawei、naver、blendvision、alibaba のいずれでもありません
cli-set-expected-pair = --set { $pair }：項目=値（FIELD=VALUE）の形で指定してください
cli-set-secret = --set { $field }：秘密の値はコマンドラインからではなく、標準入力からのみ読み込みます
cli-secrets-not-json = 標準入力：秘密の項目の JSON オブジェクトが必要です。例：{"{"}"access_key": "…"{"}"}
cli-prompt = { $field }：
cli-prompt-keep = { $field }（Enter でそのまま）：
cli-prompt-optional = { $field }（任意、Enter でスキップ）：
cli-account-saved = { $name } を保存しました（{ $endpoint }）
cli-settings-set-aside = 設定ファイルが壊れていたため { $backup } として退避し、Livedesk は新しい状態で始めます（キーはキーチェーンに残っています）。
cli-no-accounts = アカウントはまだありません。
cli-secret-set = 設定済み
cli-practice = 練習用
cli-account-added = { $name } を追加しました（{ $id }）
cli-practice-exist = どのサービス事業者にも練習用アカウントがすでにあります。
cli-no-such-account = 名前または ID が「{ $account }」のアカウントはありません
cli-remove-needs-yes = 端末から実行していない場合、削除には --yes が必要です
cli-remove-confirm = 「{ $name }」とそのキーをキーチェーンから削除しますか？[y/N]
cli-kept = 残しました。
cli-account-removed = { $name } を削除しました
cli-settings-file = 設定ファイル：{ $problem }

## history.rs
cli-history-set-aside = 履歴が壊れていたため（{ $reason }）、{ $backup } として退避しました。
cli-no-such-account-option = --account：名前または ID が「{ $account }」のアカウントはありません
cli-no-calls = 記録された呼び出しはまだありません。
cli-outcome-ok = 成功
cli-outcome-vendor-error = サービス事業者のエラー
cli-outcome-failed = 失敗
cli-outcome-rejected = 拒否
cli-outcome-sending = 送信中
cli-outcome-unknown = 結果不明

## call.rs
cli-vendor-code = サービス事業者のコード：{ $code }
cli-request-id = リクエスト ID：{ $id }
cli-input-not-json = --input：有効な JSON ではありません（{ $problem }）
cli-call-history-set-aside = 呼び出しの履歴が壊れていたため（{ $reason }）、{ $backup } として退避し、新しい履歴を始めました。
cli-call-history-unavailable = 呼び出しの履歴を利用できません（{ $problem }）。この呼び出しは記録されません。
cli-sandbox-failed = 練習用サンドボックスを起動できませんでした：{ $problem }
cli-review-warning = 警告：{ $warning }
cli-review-refused = この要求は拒否されるため、何も送信されません：
cli-review-effects = 送信すると起きること：
cli-review-changes = 現在の設定からの変更：
cli-review-no-changes = なし
cli-review-technical = 技術的な詳細：
cli-review-curl = curl コマンド：

## sandbox.rs
cli-sandbox-listening = Livedesk のサービス事業者サンドボックスを { $url } で待ち受け中です
    下の各サービス事業者のエンドポイントとして使ってください（Ctrl-C で停止）。
cli-sandbox-control = 制御（このコンピューターからのみ）：{ $addresses }
cli-no-runtime = 非同期ランタイムを起動できません：{ $problem }
