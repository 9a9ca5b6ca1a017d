# livedesk-history の言葉: 呼び出しの履歴を使えなかった理由と、その対処。

## error.rs

history-unavailable = { $path } にある呼び出しの履歴を開けませんでした: { $reason }
history-set-aside-failed = { $path } にある呼び出しの履歴は破損しており ({ $reason })、退避できませんでした: { $problem }
history-fresh-failed = 破損したファイルを { $backup } に退避しましたが、新しい呼び出しの履歴を開始できませんでした: { $problem }
history-secret-in-entry = この呼び出しは履歴に保存されませんでした: { $field } にアカウントのシークレットが含まれています
history-invalid-entry = この呼び出しは履歴に保存されませんでした: { $field }: { $problem }
history-not-found = 履歴の項目 #{ $id } はありません
history-not-undoable = 履歴の項目 #{ $id } は元に戻せません: { $reason }
history-damaged = 呼び出しの履歴が破損しています: { $problem }
history-storage = 呼び出しの履歴を読み書きできませんでした: { $problem }
history-hint-unavailable = フォルダー { $folder } が存在し、書き込みができ、ディスクに空きがあること、また他の Livedesk がそれを使っていないことを確認してから、Livedesk を再起動してください。それまでも呼び出しはできますが、履歴には残りません。
history-hint-set-aside-failed = { $path } をご自身で移動するか名前を変更し (項目が必要なら保管してください)、そのフォルダーに書き込みができることを確認してから、Livedesk を再起動してください。
history-hint-secret-in-entry = 呼び出し自体は行われました。シークレットがディスクに書き込まれないよう、履歴の項目だけを省きました。シークレットはマスクされるべきでしたので、報告してください。
history-hint-invalid-entry = 呼び出し自体は行われました。履歴の項目だけを省きました。報告してください。
history-hint-not-found = 履歴の保持の設定 (残す項目数や日数) によって削除された可能性があります。
history-hint-not-undoable = 元に戻せるのは、成功した変更のうち、送信前に以前の状態を読み取ったものだけです。フォームに手動で入力し直すことはできます。
history-hint-damaged = Livedesk を再起動してください。破損した履歴は退避され (削除ではなく名前の変更)、新しい履歴が始まります。
history-hint-storage = ディスクに空きがあり、Livedesk のデータフォルダーに書き込みができることを確認してから、もう一度お試しください。

## store/open.rs

history-not-a-database = SQLite データベースではありません
history-corrupt = SQLite が破損を報告しています ({ $problem })
history-wrong-layout = Livedesk の履歴に必要な構成になっていません ({ $problem })
history-newer-version = 新しいバージョンの Livedesk で書き込まれています (スキーマがこのバージョンより新しい)
history-schema-not-updated = スキーマを最新の状態に更新できませんでした ({ $problem })
history-integrity-problems = 整合性チェックで問題が見つかりました ({ $problems })
history-is-a-folder = ファイルではなくフォルダーです
history-read-only = ファイルが読み取り専用です

## store/queries.rs

history-must-not-be-empty = 空にはできません
history-undo-of-missing = 履歴の項目 #{ $id } はありません
history-already-complete = 履歴の項目 #{ $id } はすでに完了しています
history-undo-not-succeeded = 呼び出しが成功しなかったため ({ $outcome })、何も変更されていません
history-undo-already = すでに項目 #{ $id } で元に戻されています (繰り返すには、その項目で「もう一度送信」を使ってください)
history-undo-no-state = この変更の前の状態を読み取っていないため、戻す先がありません
