# What livedesk-cli prints (livedesk-cli/src). Ids: cli-…

## accounts.rs
cli-no-data-dir = Livedesk가 데이터를 보관하는 곳을 알 수 없습니다. --data-dir로 지정하세요
cli-not-private = { $folder }을(를) 비공개로 만들지 못했습니다: { $problem }
cli-unknown-vendor = --vendor: “{ $vendor }”은(는) 서비스 제공업체 huawei, naver, blendvision, alibaba 중 하나가 아닙니다
cli-set-expected-pair = --set { $pair }: 필드=값(FIELD=VALUE) 형식이어야 합니다
cli-set-secret = --set { $field }: 비밀 값은 명령줄이 아니라 표준 입력에서만 읽습니다
cli-secrets-not-json = 표준 입력: 비밀 필드로 된 JSON 객체가 필요합니다. 예: {"{"}"access_key": "…"{"}"}
cli-prompt = { $field } 입력:
cli-prompt-keep = { $field } (Enter: 그대로 두기):
cli-prompt-optional = { $field } (선택, Enter: 건너뛰기):
cli-account-saved = { $name } 저장됨 ({ $endpoint })
cli-settings-set-aside = 설정 파일이 손상되어 { $backup }(으)로 따로 보관했고, Livedesk는 새로 시작합니다(키는 키체인에 남아 있습니다).
cli-no-accounts = 아직 계정이 없습니다.
cli-secret-set = 설정됨
cli-practice = 연습
cli-account-added = { $name } 추가됨 ({ $id })
cli-practice-exist = 모든 서비스 제공업체에 이미 연습 계정이 있습니다.
cli-no-such-account = 이름이나 ID가 “{ $account }”인 계정이 없습니다
cli-remove-needs-yes = 터미널에서 실행하지 않을 때는 제거하려면 --yes가 필요합니다
cli-remove-confirm = “{ $name }”과(와) 그 키를 키체인에서 삭제할까요? [y/N]
cli-kept = 그대로 두었습니다.
cli-account-removed = { $name } 제거됨
cli-settings-file = 설정 파일: { $problem }

## history.rs
cli-history-set-aside = 기록이 손상되어({ $reason }) { $backup }(으)로 따로 보관했습니다.
cli-no-such-account-option = --account: 이름이나 ID가 “{ $account }”인 계정이 없습니다
cli-no-calls = 아직 기록된 호출이 없습니다.
cli-outcome-ok = 성공
cli-outcome-vendor-error = 서비스 제공업체 오류
cli-outcome-failed = 실패
cli-outcome-rejected = 거부됨
cli-outcome-sending = 보내는 중
cli-outcome-unknown = 결과 알 수 없음

## call.rs
cli-vendor-code = 서비스 제공업체 코드: { $code }
cli-request-id = 요청 ID: { $id }
cli-input-not-json = --input: 올바른 JSON이 아닙니다({ $problem })
cli-call-history-set-aside = 호출 기록이 손상되어({ $reason }) { $backup }(으)로 따로 보관하고 새로 시작했습니다.
cli-call-history-unavailable = 호출 기록을 사용할 수 없습니다({ $problem }). 이 호출은 기록되지 않습니다.
cli-sandbox-failed = 연습용 샌드박스를 시작하지 못했습니다: { $problem }
cli-review-warning = 경고: { $warning }
cli-review-refused = 이 요청은 거부되므로 아무것도 보내지 않습니다:
cli-review-effects = 보내면 일어나는 일:
cli-review-changes = 현재 설정과 비교한 변경 사항:
cli-review-no-changes = 없음
cli-review-technical = 기술 정보:
cli-review-curl = curl 명령:

## sandbox.rs
cli-sandbox-listening = Livedesk 서비스 제공업체 샌드박스가 { $url }에서 대기 중입니다
    아래 각 서비스 제공업체의 엔드포인트로 사용하세요(Ctrl-C로 중지).
cli-sandbox-control = 제어(이 컴퓨터에서만): { $addresses }
cli-no-runtime = 비동기 런타임을 시작할 수 없습니다: { $problem }
