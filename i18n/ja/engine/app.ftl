# The app's own notices (src-tauri/src). Ids: app-…

## lib.rs
app-settings-unavailable = Livedesk は設定ファイル { $path } を使用できません：{ $problem }。
app-settings-unavailable-hint = フォルダー { $folder } を作成・書き込みできることを確認してから、Livedesk を再起動してください。それまでは、アカウントと下書きは Livedesk を閉じるまでしか保持されません。
app-sandbox-failed = 練習用サンドボックスを起動できませんでした：{ $problem }
app-sandbox-failed-hint = 練習用アカウントは応答しません。本番のアカウントには影響ありません。
app-could-not-start = Livedesk を起動できませんでした：{ $problem }
