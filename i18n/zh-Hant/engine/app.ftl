# The app's own notices (src-tauri/src). Ids: app-…

## lib.rs
app-settings-unavailable = Livedesk 無法使用設定檔 { $path }：{ $problem }。
app-settings-unavailable-hint = 請確認可以建立並寫入資料夾 { $folder }，然後重新啟動 Livedesk。在此之前，帳號和草稿只會保留到 Livedesk 關閉為止。
app-sandbox-failed = 練習用沙盒無法啟動：{ $problem }
app-sandbox-failed-hint = 練習帳號將不會回應；正式帳號不受影響。
app-could-not-start = Livedesk 無法啟動：{ $problem }
