# The app's own notices (src-tauri/src). Ids: app-…

## lib.rs
app-settings-unavailable = Livedesk 无法使用设置文件 { $path }：{ $problem }。
app-settings-unavailable-hint = 请确认文件夹 { $folder } 可以创建和写入，然后重启 Livedesk。在此之前，账号和草稿只保留到 Livedesk 关闭为止。
app-sandbox-failed = 练习沙盒无法启动：{ $problem }
app-sandbox-failed-hint = 练习账号将不会响应；真实账号不受影响。
app-could-not-start = Livedesk 无法启动：{ $problem }
