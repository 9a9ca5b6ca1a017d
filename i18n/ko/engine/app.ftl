# The app's own notices (src-tauri/src). Ids: app-…

## lib.rs
app-settings-unavailable = Livedesk가 설정 파일 { $path }을(를) 사용할 수 없습니다: { $problem }.
app-settings-unavailable-hint = 폴더 { $folder }을(를) 만들고 쓸 수 있는지 확인한 뒤 Livedesk를 다시 시작하세요. 그때까지 계정과 임시 저장은 Livedesk를 닫을 때까지만 유지됩니다.
app-sandbox-failed = 연습용 샌드박스를 시작하지 못했습니다: { $problem }
app-sandbox-failed-hint = 연습 계정은 응답하지 않습니다. 실제 계정은 영향을 받지 않습니다.
app-could-not-start = Livedesk를 시작하지 못했습니다: { $problem }
