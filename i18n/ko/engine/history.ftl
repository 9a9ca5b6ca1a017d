# livedesk-history의 문구: 호출 기록을 사용할 수 없는 이유와 해결 방법.

## error.rs

history-unavailable = { $path }에 있는 호출 기록을 열 수 없습니다: { $reason }
history-set-aside-failed = { $path }에 있는 호출 기록이 손상되었으며({ $reason }) 따로 옮겨 둘 수 없습니다: { $problem }
history-fresh-failed = 손상된 파일을 { $backup }(으)로 따로 옮겨 두었지만 새 호출 기록을 시작할 수 없습니다: { $problem }
history-secret-in-entry = 이 호출은 기록에 저장되지 않았습니다. { $field }에 계정의 비밀 값이 들어 있습니다
history-invalid-entry = 이 호출은 기록에 저장되지 않았습니다. { $field }: { $problem }
history-not-found = 기록 항목 #{ $id }이(가) 없습니다
history-not-undoable = 기록 항목 #{ $id }은(는) 실행 취소할 수 없습니다: { $reason }
history-damaged = 호출 기록이 손상되었습니다: { $problem }
history-storage = 호출 기록을 읽거나 쓸 수 없습니다: { $problem }
history-hint-unavailable = { $folder } 폴더가 있고 쓸 수 있는지, 디스크 공간이 충분한지, 다른 Livedesk가 사용 중이지 않은지 확인한 후 Livedesk를 다시 시작하세요. 그때까지 호출은 되지만 기록에는 남지 않습니다.
history-hint-set-aside-failed = { $path }을(를) 직접 옮기거나 이름을 바꾸고(항목이 필요하면 보관하세요), 해당 폴더에 쓸 수 있는지 확인한 후 Livedesk를 다시 시작하세요.
history-hint-secret-in-entry = 호출 자체는 이루어졌습니다. 비밀 값이 디스크에 기록되지 않도록 기록 항목만 제외했습니다. 비밀 값이 가려졌어야 하므로 신고해 주세요.
history-hint-invalid-entry = 호출 자체는 이루어졌습니다. 기록 항목만 제외했습니다. 신고해 주세요.
history-hint-not-found = 기록 보관 설정(보관할 항목 수나 일수)에 따라 삭제되었을 수 있습니다.
history-hint-not-undoable = 성공한 변경 중 보내기 전에 이전 상태를 읽은 변경만 실행 취소할 수 있습니다. 양식을 직접 다시 채울 수는 있습니다.
history-hint-damaged = Livedesk를 다시 시작하세요. 손상된 기록은 따로 옮겨지고(삭제가 아니라 이름 변경) 새 기록이 시작됩니다.
history-hint-storage = 디스크 공간이 충분한지, Livedesk의 데이터 폴더에 쓸 수 있는지 확인한 후 다시 시도하세요.

## store/open.rs

history-not-a-database = SQLite 데이터베이스가 아닙니다
history-corrupt = SQLite에서 손상을 보고했습니다({ $problem })
history-wrong-layout = Livedesk 기록에 필요한 구조가 아닙니다({ $problem })
history-newer-version = 더 새로운 버전의 Livedesk에서 작성되었습니다(스키마가 이 버전보다 앞서 있습니다)
history-schema-not-updated = 스키마를 최신 상태로 업데이트할 수 없습니다({ $problem })
history-integrity-problems = 무결성 검사에서 문제가 발견되었습니다({ $problems })
history-is-a-folder = 파일이 아니라 폴더입니다
history-read-only = 파일이 읽기 전용입니다

## store/queries.rs

history-must-not-be-empty = 비워 둘 수 없습니다
history-undo-of-missing = 기록 항목 #{ $id }이(가) 없습니다
history-already-complete = 기록 항목 #{ $id }은(는) 이미 완료되었습니다
history-undo-not-succeeded = 호출이 성공하지 않아({ $outcome }) 아무것도 변경되지 않았습니다
history-undo-already = 이미 항목 #{ $id }에서 실행 취소되었습니다(반복하려면 그 항목에서 “다시 보내기”를 사용하세요)
history-undo-no-state = 이 변경 전의 상태를 읽지 않아 되돌릴 상태가 없습니다
