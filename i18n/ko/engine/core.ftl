# The engine core's own sentences (livedesk-core). Ids: core-…

## error.rs
core-internal = Livedesk에 예기치 않은 문제가 생겼습니다: { $problem }
core-hint-correct-field = “{ $field }”을(를) 고친 뒤 다시 시도하세요.
core-hint-internal = 아무것도 보내지 않았습니다. 다시 시도하세요. 계속 그러면 Livedesk를 다시 시작하세요.

## history.rs
core-interrupted = Livedesk가 닫힐 때 { $name }의 “{ $operation }” 변경을 보내는 중이었습니다. 현재 설정을 불러와 적용되었는지 확인하세요.
core-interrupted-hint = 기록 #{ $entry }에서 보낸 내용을 볼 수 있습니다.
core-interrupted-hint-undo = 기록 #{ $entry }에서 보낸 내용을 볼 수 있습니다. 적용되었는데 원하지 않았다면, 그 항목의 실행 취소로 보내기 전에 읽은 설정을 되돌릴 수 있습니다.

## storage.rs
core-settings-damaged = Livedesk 설정 파일이 손상되어 { $backup }(으)로 따로 보관했습니다.
core-settings-damaged-hint = Livedesk가 빈 설정으로 시작했습니다. 키는 키체인에 그대로 있습니다. 계정을 다시 추가하거나 손상된 파일을 지원팀에 보내기 바랍니다.
core-settings-unreadable = Livedesk가 설정 파일 { $path }을(를) 읽지 못했습니다: { $problem }
core-settings-unreadable-hint = Livedesk 데이터 폴더의 권한을 확인한 뒤 Livedesk를 다시 시작하세요.
core-history-damaged = 호출 기록이 손상되어({ $reason }) { $backup }(으)로 따로 보관했습니다.
core-history-damaged-hint = 비어 있는 새 기록을 시작했습니다. 계정, 키, 임시 저장은 영향을 받지 않습니다.
core-history-in-memory-hint = { $hint } 이번 세션의 호출은 Livedesk를 닫을 때까지 기록에 표시됩니다.

## calls.rs
core-already-sending = 이 변경은 이미 보내는 중입니다.
core-already-sending-hint = 응답을 받은 뒤에 다시 보내세요.
core-changed-since-loaded = 불러온 뒤 다른 곳에서 이 설정이 변경되었습니다. 아무것도 보내지 않았습니다.
core-changed-since-loaded-hint = 현재 설정을 다시 불러와 변경 내용을 확인한 뒤 보내세요.

## engine.rs
core-history-unavailable = 호출 기록을 사용할 수 없습니다.
core-history-unavailable-hint = Livedesk를 다시 시작하세요. 호출은 계속 보낼 수 있습니다.
core-at-least-one = 1 이상이어야 합니다(제한이 없으면 비워 두세요)

## sealed.rs
core-stream-key-hidden = 이 스트림 키는 가려져 있어 표시된 그대로 보낼 수 없습니다. 현재 설정을 다시 불러오거나 키를 입력하세요.
