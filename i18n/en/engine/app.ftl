# The app's own notices (src-tauri/src). Ids: app-…

## lib.rs
app-settings-unavailable = Livedesk cannot use its settings file { $path }: { $problem }.
app-settings-unavailable-hint = Check that the folder { $folder } can be created and written, then restart Livedesk. Until then, accounts and drafts last only until Livedesk closes.
app-sandbox-failed = The practice sandbox could not start: { $problem }
app-sandbox-failed-hint = Practice accounts will not answer; real accounts are not affected.
app-could-not-start = Livedesk could not start: { $problem }
