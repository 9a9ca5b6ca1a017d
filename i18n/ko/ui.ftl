# Livedesk UI, 한국어. 용어는 i18n/glossary/ko.toml을 따릅니다.

## Accounts, forms, operations
app-tagline = 사용하는 모든 스트리밍 서비스에서 라이브 채널을 안전하게 변경하세요.
accounts-heading = 계정
accounts-add = 계정 추가
accounts-addPractice = 연습 계정 추가
accounts-empty = 아직 계정이 없습니다. 스트리밍 서비스 제공업체의 로그인 정보를 추가하면 채널 설정을 변경할 수 있습니다.
accounts-pickVendor = 어느 서비스의 로그인 정보인가요?
accounts-practice = 연습 — 내장 샌드박스
accounts-edit = 편집
accounts-delete = 삭제
accounts-secretSet = 설정됨
accounts-new = 새 { $vendor } 계정
accounts-editTitle = “{ $name }” 편집
accounts-secretNote =
    키는 이 컴퓨터의 { $platform ->
        [macos] 키체인
        [windows] 자격 증명 관리자
       *[linux] 키 모음
    }에만 저장되며 다시 표시되지 않습니다.
accounts-save = 계정 저장
accounts-saving = 저장 중…
accounts-keepHint = 설정됨 — 입력하면 바뀝니다
accounts-keepHintLast4 = 설정됨(…{ $last4 }) — 입력하면 바뀝니다
accounts-confirmDelete = “{ $name }”을(를) 삭제할까요?
accounts-confirmDeletePractice = 이 연습 계정이 제거됩니다. 연습 계정은 언제든지 다시 추가할 수 있습니다.
accounts-confirmDeleteReal =
    이 계정의 설정이 제거되고 키가 { $platform ->
        [macos] 키체인
        [windows] 자격 증명 관리자
       *[linux] 키 모음
    }에서 삭제됩니다. 이 작업은 되돌릴 수 없습니다.
accounts-deleteYes = “{ $name }” 삭제
accounts-deleteNo = 유지
check-button = 연결 확인
check-domain = 조회할 푸시 도메인(선택 사항)
check-run = 확인
check-again = 다시 확인
check-running = 확인 중…
check-vendorCode = 서비스 제공업체 코드: { $code }
common-cancel = 취소
common-optional = 선택 사항
common-notSet = — 설정 안 됨 —
common-choose = — 선택 —
common-remove = 제거
common-addEntry = { $item } 추가
common-atMost = (최대 { $count }개)
common-cannotChange = (변경할 수 없음)
accounts-changeSettings = 설정 변경
ops-back = ← 계정
ops-for = 계정: { $name }
ops-pick = 무엇을 변경하시겠어요?
ops-lookUp = 현재 설정 조회:
ops-fetch = 조회
ops-review = 검토
ops-send = 보내기
ops-sending = 보내는 중…
ops-reviewHeading = 보내면 일어나는 일
ops-signing = 서명 방식
ops-copyCurl = curl 명령으로 복사
ops-copied = 복사됨
ops-curlHeading = curl 명령(비밀 값은 자리 표시자로 표시)
ops-resultHeading = 완료
ops-requestId = 서비스 제공업체 요청 ID: { $id }
ops-vendorCode = 서비스 제공업체 코드: { $code }
ops-retryIn = { $seconds }초 후에 다시 보내기를 할 수 있습니다.
ops-noOps = 이 서비스 제공업체에는 아직 작업이 없습니다.
ops-loadCurrent = 현재 설정 불러오기
ops-loading = 불러오는 중…
ops-keysFirst = 먼저 { $fields }을(를) 입력하세요.
ops-currentLoaded = 현재 설정을 불러왔습니다
ops-diffHeading = 변경될 내용
ops-noChange = 불러온 설정과 비교해 바뀌는 것이 없습니다.
ops-cleared = 비워짐
ops-undoing = 기록 #{ $id } 실행 취소: 그 변경 전에 읽은 설정으로 되돌립니다.
ops-stale = 불러온 뒤 다른 사람이 이 설정을 변경했습니다. 현재 설정을 다시 불러오거나, ‘그래도 보내기’로 덮어쓰세요.
ops-sendAnyway = 그래도 보내기

## Review and result (issue #16: effects, refusals, technical details)
review-technical = 기술 세부 정보
review-nothingSent = 이 상태가 해소될 때까지 아무것도 보내지 않습니다.
review-refusal-channelNotPublishing = 채널이 스트림을 받고 있지 않습니다
review-refusal-notRecording = 이 스트림은 녹화 중이 아닙니다
review-refusal-streamNotPushed = 이 스트림은 푸시되고 있지 않습니다
review-refusal-tooSoon = 중지한 지 너무 얼마 되지 않았습니다
picker-choose = 계정에서 { $field } 선택
picker-none = — 찾은 항목 없음 —
picker-failed = 목록을 읽을 수 없습니다.
history-button = 기록
history-heading = 기록
history-empty = 아직 호출이 없습니다.
history-search = 검색
history-searchPlaceholder = 요약, 작업, 계정 또는 요청 ID의 텍스트
history-allAccounts = 모든 계정
history-retention = 보관
history-maxEntries = 개 호출까지
history-maxAge = 일 동안
history-saveRetention = 저장
history-removed = 오래된 호출 { $count }개를 제거했습니다.
history-sendAgain = 다시 보내기
history-undo = 실행 취소
history-undone = #{ $id }에서 실행 취소됨
history-undoOf = #{ $id } 실행 취소
history-outcomeSending = 보내는 중
history-outcomeUnknown = 결과 알 수 없음(응답 전에 Livedesk가 종료됨)

## Keys bound to where they were entered (security)
accounts-movedNote = 주소를 변경했습니다. Livedesk는 키를 입력한 곳으로만 보냅니다. 새 주소가 서비스 제공업체 자신의 주소가 아니면 키도 다시 입력하세요.
error-unexpectedHint = 다시 시도하세요. 계속 발생하면 Livedesk를 다시 시작하세요.

## Flow: the form's errors, fresh state after a send, History in plain words (#16, #17).
form-needAttention = 확인이 필요한 필드 { $count }개:
form-atMostChars = 최대 { $count }자.
ops-sentNote = 보냈습니다. 다시 보내기를 하려면 무언가를 변경하세요.
ops-errorDetails = 기술 세부 정보
ops-refreshed = 이제 양식에 이 변경 후의 설정이 표시됩니다.
ops-outdatedLoaded = 표시된 현재 설정은 다른 { $fields }의 설정입니다. 다시 불러오세요.
history-outcomeOk = 완료
history-outcomeVendorError = 서비스 제공업체가 거부함
history-outcomeFailed = 실패
history-outcomeRejected = 보내지 않음
history-errorHint = 해결 방법: { $hint }
history-undoBlockedRead = 실행 취소할 것이 없습니다. 조회는 아무것도 바꾸지 않습니다.
history-undoBlockedNotApplied = 실행 취소할 것이 없습니다. 이 호출은 아무것도 바꾸지 않았습니다.
history-undoBlockedSending = 응답이 도착하면 실행 취소할 수 있습니다.
history-undoBlockedNothingRead = 실행 취소할 수 없습니다. 이 변경 전의 설정을 읽지 못했습니다.
history-undoBlockedUndone = 이미 실행 취소됨(#{ $id }).
history-sendAgainHelp = 보냈을 때와 같이 채워진 양식을 엽니다. 보내기 전에 다시 검토합니다.

## --- desktop manners (issue 17) ---
app-operationsHeading = { $name } 설정 변경

## Language menu (issue 18)
language-label = 언어

## Language switch: what the engine wrote is asked for again (issue 18, part 2)
ops-answerInHistory = 이번 보내기의 결과는 이전 언어로 표시되었으며 기록에서 볼 수 있습니다.
# The checkbox that gives an optional group of fields a value (read by screen readers).
form-setGroup = { $field } 설정

## Examples and names shown as they are (on i18n/allow-identical.txt)
app-name = Livedesk
check-domainExample = push.example.com

## --- date-time picker (issue 17): shown in the computer's time zone, sent in UTC ---
form-dateTimeZone = 내 시간대: { $zone }, UTC{ $offset }
form-dateTimeClear = 지우기
