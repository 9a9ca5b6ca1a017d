# livedesk-operations의 공통 문구: 입력 문제, 검토 문장, 값 표현, 목록, 오류.
# 각 작업의 문구는 schema-<vendor>.ftl과 <vendor>.ftl에 있습니다.

## validate.rs

operations-form-empty = 양식이 비어 있습니다. 필수 항목을 입력하세요.
operations-the-form = 양식
operations-must-be-group = { $title }은(는) 항목 묶음이어야 합니다.
operations-must-be-list = { $title }은(는) 목록이어야 합니다.
operations-must-be-text = { $title }은(는) 텍스트여야 합니다.
operations-must-be-whole-number = { $title }은(는) 정수여야 합니다.
operations-must-be-number = { $title }은(는) 숫자여야 합니다.
operations-must-be-on-off = { $title }은(는) 켜기 또는 끄기(true 또는 false)여야 합니다.
operations-required = { $title }은(는) 필수입니다.
operations-not-a-field = '{ $key }'은(는) 이 양식의 항목이 아닙니다.
operations-condition = { $title }이(가) { $values }
operations-or = { $left } 또는 { $right }
operations-required-when = { $condition }인 경우 { $title }은(는) 필수입니다.
operations-only-used-when = { $title }은(는) { $condition }인 경우에만 사용됩니다. 비워 두세요.
operations-label-on = 켜짐
operations-label-off = 꺼짐
operations-min-entries = { $title }에는 항목이 { $count }개 이상 있어야 합니다.
operations-max-entries = { $title }에는 항목을 최대 { $count }개까지 넣을 수 있습니다(현재 { $given }개).
operations-entry-title = { $title }({ $n }번째 항목)
operations-entry-empty = { $title }이(가) 비어 있습니다. 입력하거나 삭제하세요.
operations-must-not-be-empty = { $title }은(는) 비워 둘 수 없습니다.
operations-min-chars = { $title }은(는) { $min }자 이상이어야 합니다.
operations-max-chars = { $title }은(는) { $max }자 이하여야 합니다(현재 { $given }자).
operations-pattern-problem = { $title }: { $hint }.
operations-pattern-other = 예상한 형식이 아닙니다
operations-must-be-date-time = { $title }은(는) 2025-06-01T08:00:00Z와 같은 날짜와 시간이어야 합니다.
operations-must-be-uri = { $title }은(는) https://example.com/path와 같은 전체 주소여야 합니다.
operations-number-from-to = { $title }은(는) { $min }에서 { $max } 사이여야 합니다({ $given } 불가).
operations-number-at-least = { $title }은(는) { $min } 이상이어야 합니다({ $given } 불가).
operations-number-at-most = { $title }은(는) { $max } 이하여야 합니다({ $given } 불가).
operations-must-be-one-of = { $title }은(는) { $choices } 중 하나여야 합니다.
operations-quoted = '{ $label }'
# 목록에 항목을 하나씩 더합니다.
operations-list-next = { $list }, { $next }
operations-and = { $list } 및 { $last }

## schema.rs (x-pattern-hint: 항목의 패턴이 요구하는 것)

operations-pattern-no-spaces = 공백을 포함할 수 없습니다
operations-pattern-country-code = TW나 JP처럼 대문자 두 글자 국가 코드여야 합니다
operations-pattern-rtmp-url = rtmp://로 시작하는 RTMP 주소여야 합니다
operations-pattern-rtmp-or-rtmps-url = rtmp:// 또는 rtmps://로 시작하는 주소여야 합니다
operations-pattern-http-url = http:// 또는 https://로 시작하는 주소여야 합니다
operations-pattern-seconds = 3600s나 0.5s처럼 초 단위 숫자 뒤에 s를 붙여야 합니다
operations-pattern-custom-id = 영문자, 숫자, 마침표, 밑줄, 하이픈만 사용할 수 있습니다
operations-pattern-utc-seconds = 2025-06-01T08:00:00Z처럼 초 단위까지의 UTC 시간이어야 합니다

## diff.rs

operations-not-set = 설정 안 됨
operations-on = 켜짐
operations-off = 꺼짐
operations-entries = 항목
operations-list-count = { $title } { $count }개
operations-settings-count = 설정 { $count }개

## review.rs

operations-state-unread = 현재 상태를 읽을 수 없어({ $problem }) 검토에서 지금 송출 중인 내용을 알려 드릴 수 없습니다.
operations-nothing-changes = 변경 사항이 없습니다. 양식에 불러온 설정이 그대로 있습니다.
operations-will-be-cleared = { $label }이(가) 지워집니다(현재: { $old }).
operations-will-be = { $label }이(가) { $new }(으)로 바뀝니다(현재: { $old }).

## current.rs

operations-current-value-invalid = { $label }: { $problem } 현재 값을 그대로 다시 보낼 수 없습니다. 보내기 전에 수정하세요.
operations-fill-in-to-load = 현재 설정을 불러오려면 { $label }을(를) 입력하세요.
operations-offered-no-list = 선택할 목록이 없습니다
operations-offered-no-pages = 나열할 페이지가 없습니다
operations-offered-no-field-list = 이 항목을 선택할 목록이 없습니다
operations-offered-no-current = 불러올 현재 상태가 없습니다

## list.rs

operations-list-item-detail = '{ $name }'({ $id }): { $detail }
operations-list-item = '{ $name }'({ $id })

## request.rs

operations-signing-headers = 헤더 { $list }
operations-signing-query = 쿼리 매개변수 { $list }
operations-signing-note-none = 보낼 때 Livedesk가 요청에 서명합니다.
operations-signing-note = 보낼 때 Livedesk가 { $parts }을(를) 추가합니다.
operations-input-unusable = 입력한 내용으로 요청을 만들 수 없습니다.
operations-field-required = 필수 항목입니다.
operations-account-no-project = 입력되지 않았습니다: 이 작업에는 프로젝트 ID가 필요합니다

## operation.rs

operations-value-unreadable = 이 값을 읽을 수 없습니다. 값의 유형을 확인하세요.
operations-accepted = { $provider }에서 요청을 받아들였습니다.

## summary.rs

operations-clock-note-behind = 참고: 컴퓨터 시계가 { $provider }보다 { $count }분 느립니다. 요청이 실패하기 전에 자동 시간 설정을 켜세요.
operations-clock-note-ahead = 참고: 컴퓨터 시계가 { $provider }보다 { $count }분 빠릅니다. 요청이 실패하기 전에 자동 시간 설정을 켜세요.
# 두 문장을 이어 씁니다(사이에 공백 한 칸).
operations-then = { $first } { $second }
operations-request-id-for-vendor = 서비스 제공업체 지원팀에 전달할 요청 ID: { $id }.
operations-on-upper = 켜짐
operations-off-upper = 꺼짐

## account.rs, lib.rs

operations-account-other-vendor = 이 작업은 { $provider }용이지만 계정은 { $other } 계정입니다
operations-account-wrong-scheme = { $scheme }은(는) { $provider } 서명 방식이 아닙니다
operations-account-wrong-credentials = 계정에 { $provider }이(가) 아니라 { $held } 자격 증명이 들어 있습니다
operations-account-no-project-region = 입력되지 않았습니다: Huawei Cloud에는 리전의 프로젝트 ID가 필요합니다
operations-account-changed = 이 호출은 다른 계정 또는 다른 계정 설정으로 준비되었습니다. 다시 준비하세요

## error.rs

operations-unknown = 작업: '{ $id }' 작업이 없습니다
operations-not-offered = 작업: '{ $id }'에는 { $what }
operations-field-problem = { $field }: { $problem }
operations-field-problem-and-more = { $field }: { $problem }(그 밖에 문제 { $count }개)
operations-input-not-accepted = 입력한 내용이 받아들여지지 않았습니다.
operations-hint-report = Livedesk의 문제입니다. 신고해 주세요.
operations-hint-correct-fields = 표시된 항목 { $count }개를 수정하세요. 아무것도 보내지 않았습니다.
operations-hint-correct-field = 항목을 수정하세요. 아무것도 보내지 않았습니다.
operations-hint-check-account = 계정 설정을 확인하세요. 아무것도 보내지 않았습니다.
operations-hint-wait = { $count }초 더 기다린 후 보내기를 다시 누르세요. 아무것도 보내지 않았습니다.
operations-hint-refused = { $hint } 아무것도 보내지 않았습니다.
