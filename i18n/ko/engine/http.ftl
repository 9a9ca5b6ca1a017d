# livedesk-http의 문구: 서비스 제공업체 오류 설명, 연결 문제, "연결 확인".

## vendor.rs

http-vendor-huawei = Huawei Cloud
http-vendor-naver = 네이버 클라우드
http-vendor-blendvision = BlendVision One
http-vendor-alibaba = Alibaba Cloud

## vendor_error.rs

# 두 문장을 이어 씁니다(사이에 공백 한 칸).
http-then = { $first } { $second }
http-request-id-for-vendor = 서비스 제공업체 지원팀에 전달할 요청 ID: { $id }.
http-vendor-said = { $provider } 메시지: “{ $message }”
http-unreadable-server-error = { $provider } 쪽에 문제가 발생했으며(HTTP { $status }) 응답을 읽을 수 없습니다.
http-unreadable-rate-limited = 지금 { $provider }에 이 계정의 요청이 너무 많이 들어오고 있습니다(HTTP { $status }).
http-unreadable-other = { $provider }에서 요청을 거부했지만(HTTP { $status }) 응답이 { $provider }의 일반적인 오류 형식이 아니어서 이유를 알 수 없습니다.
http-hint-try-in-minutes = 몇 분 후에 다시 시도하세요.
http-hint-wait-a-minute = 1분 정도 기다린 후 다시 시도하세요.
http-hint-check-endpoint-proxy = 엔드포인트가 서비스 제공업체의 API 주소인지 확인한 후(프록시나 캡티브 포털이 대신 응답했을 수 있습니다) 다시 시도하세요.
http-clock-behind = { $count }분 느립니다
http-clock-ahead = { $count }분 빠릅니다
http-clock-agrees-but-refused = 컴퓨터 시계가 { $provider }의 시계와 1분 이내로 일치하지만 { $provider }에서 요청 시간을 거부했습니다.
http-clock-off-refused = 컴퓨터 시계가 { $clock }. 그래서 { $provider }에서 요청을 거부했습니다.
http-clock-seems-wrong = 컴퓨터 시계가 잘못된 것 같습니다. { $provider }에서 요청 시간을 거부했습니다.
http-hint-clock = 시스템 설정에서 자동 시간 설정을 켠 후 다시 시도하세요.
http-wrong-key-project = { $provider }에서 이 프로젝트의 키를 받아들이지 않았습니다.
http-hint-wrong-key-project = 프로젝트 ID를 확인하세요. Huawei Cloud 콘솔의 “My Credentials”에 표시되는 이 리전의 프로젝트 ID여야 합니다.
http-wrong-key-unknown-id = { $provider }에서 이 AccessKey ID를 알 수 없습니다.
http-hint-wrong-key-unknown-id = 계정 설정에서 AccessKey ID를 확인하세요. 임시(STS) 자격 증명이라면 만료되었을 수 있으니 새로 발급받으세요.
http-wrong-key-disabled = 이 AccessKey는 { $provider }에서 비활성화되어 있습니다.
http-hint-wrong-key-disabled = RAM 콘솔에서 AccessKey를 활성화하거나 다른 AccessKey를 입력하세요.
http-wrong-organisation = API Token이 { $provider }에 입력한 조직에 속하지 않습니다.
http-hint-wrong-organisation = 계정 설정에서 조직 ID를 확인하세요. API Token을 만든 조직이어야 합니다.
http-read-only = 키는 유효하지만 { $provider }에서 읽기만 할 수 있고 변경할 수는 없습니다.
http-ip-not-allowed = { $provider }에서 이 컴퓨터의 네트워크 주소에서 보낸 요청을 받지 않습니다.
http-hint-ip-not-allowed = 계정 관리자에게 API에 사용자의 IP 주소를 허용해 달라고 요청하거나, 허용된 네트워크에서 연결하세요.
http-region-not-available = 선택한 { $provider } 리전에서는 이 계정으로 서비스를 사용할 수 없습니다.
http-hint-check-region = 계정 설정에서 리전을 확인하세요.
http-no-permission = 키는 유효하지만 { $provider }에서 이 작업을 할 권한이 없습니다.
http-api-not-found = 이 주소는 Livedesk가 알고 있는 { $provider } API로 연결되지 않습니다.
http-hint-check-endpoint-region = 계정 설정에서 엔드포인트와 리전을 확인하세요.
http-not-found = { $provider }에서 요청에 지정된 항목을 찾을 수 없습니다.
http-hint-not-found = ID나 이름을 확인하세요. 삭제되었거나 다른 리전, 프로젝트 또는 계정에 속할 수 있습니다.
http-precondition-failed = { $provider }에서 지금은 이 작업을 할 수 없습니다.
http-hint-precondition-failed = 현재 상태(예: 스트림이나 스튜디오가 방송 중인지)를 확인한 후 다시 시도하세요.
http-region-not-supported = { $provider }에서 입력한 리전을 지원하지 않습니다.
http-nonce-used = 요청이 이전 요청의 일회용 값(nonce)을 반복해서 { $provider }에서 요청을 거부했습니다.
http-hint-nonce-used = 다시 시도하세요. 시도할 때마다 새 nonce를 사용합니다. 계속 발생하면 신고해 주세요.
http-signature-format = { $provider }에서 요청 서명의 형식을 받아들이지 않았습니다.
http-hint-report = Livedesk의 문제입니다. 신고해 주세요.
http-invalid-field = { $provider }에서 { $field } 값을 받아들이지 않았습니다.
http-hint-correct-field = { $field }을(를) 수정한 후 다시 시도하세요.
http-invalid-value = { $provider }에서 요청의 값 하나를 받아들이지 않았습니다.
http-hint-check-values = 입력한 값을 확인한 후 다시 시도하세요.
http-rate-limited = 지금 { $provider }에 이 계정의 요청이 너무 많이 들어오고 있습니다.
http-server-error = { $provider } 쪽에 문제가 발생했습니다.
http-hint-server-error = 몇 분 후에 다시 시도하세요. 계속 발생하면 서비스 제공업체의 상태 페이지를 확인하세요.
http-refused = { $provider }에서 요청을 거부했습니다.
http-hint-check-settings = 값과 설정을 확인한 후 다시 시도하세요.
http-wrong-key-huawei = Huawei Cloud에서 키를 받아들이지 않았습니다.
http-hint-wrong-key-huawei = 계정 설정에서 액세스 키 ID(AK)와 시크릿 액세스 키(SK)를 확인하세요. 두 키는 한 쌍이어야 합니다. Huawei Cloud는 실패가 반복되면 키를 5분 동안 잠그므로, 수정한 후 다시 시도하세요.
http-wrong-key-naver = 네이버 클라우드에서 키를 받아들이지 않았습니다.
http-hint-wrong-key-naver = Access Key ID와 Secret Key(네이버 클라우드 콘솔의 “인증키 관리”에서 확인)를 확인하세요. 두 키는 한 쌍이어야 합니다.
http-wrong-key-alibaba = Alibaba Cloud에서 키를 받아들이지 않았습니다.
http-hint-wrong-key-alibaba = 계정 설정에서 AccessKey ID와 AccessKey Secret을 확인하세요. 두 값은 한 쌍이어야 합니다.
http-wrong-key-blendvision = BlendVision One에서 API Token을 받아들이지 않았습니다.
http-hint-wrong-key-blendvision = 계정 설정에서 API Token을 확인하거나 BlendVision One 콘솔에서 새로 만드세요. 만료되었거나 삭제되었을 수 있습니다.
http-hint-no-permission-huawei = 계정 관리자에게 이 IAM 사용자에게 Live 권한(예: Live FullAccess 정책)을 부여해 달라고 요청하세요.
http-hint-no-permission-naver = 메인 계정에 이 서브 계정에 Live Station 권한을 부여해 달라고 요청하거나, 권한이 있는 키를 사용하세요.
http-hint-no-permission-alibaba = 계정 관리자에게 이 RAM 사용자에게 ApsaraVideo Live 권한(예: AliyunLiveFullAccess)을 부여해 달라고 요청하세요.
http-hint-no-permission-blendvision = 이 변경을 할 수 있는 API Token(읽기 전용 토큰은 불가)을 BlendVision One 콘솔에서 만들어 사용하세요.
http-signature-other-request = { $provider }에서 Livedesk가 서명한 요청과 다른 요청으로 서명을 확인해 요청을 거부했습니다.
http-hint-signature-other-request = 이 컴퓨터와 서비스 제공업체 사이의 무언가(예: 프록시)가 요청을 바꾸고 있거나 Livedesk의 문제일 수 있습니다. 신고해 주세요.

## error.rs

http-endpoint-invalid = 엔드포인트: { $problem }
http-endpoint-not-https = 엔드포인트: { $host }에는 http://가 아닌 https://로 연결해야 합니다
http-invalid-request = { $field }: { $problem }
http-client-setup = 연결 설정을 준비할 수 없습니다: { $problem }
http-timeout = { $host }에서 { $seconds }초 안에 응답하지 않았습니다.
http-unreachable = { $host }에 연결할 수 없습니다: { $reason }.
http-connection-lost = 응답이 오기 전에 { $host }와(과)의 연결이 끊어졌습니다.
http-truncated = { $host }의 응답이 완료되기 전에 끊어졌습니다.
http-too-large = { $host }의 응답이 { $size }보다 커서 읽지 않았습니다.
http-bad-response = { $provider }에서 Livedesk가 읽을 수 없는 응답을 보냈습니다: { $problem }.
http-reason-refused = 연결이 거부되었습니다(해당 주소에서 수신 대기 중인 것이 없습니다)
http-reason-name-not-found = 서버 이름을 찾을 수 없습니다
http-reason-timed-out = 연결 시도 시간이 초과되었습니다
http-reason-tls = 보안(TLS) 연결을 설정할 수 없습니다
http-reason-other = 네트워크 연결에 실패했습니다
http-hint-maybe-applied = 변경이 적용되었는지 알 수 없습니다. 다시 시도하기 전에 현재 설정을 확인하세요.
http-hint-endpoint-invalid = https://live.ap-southeast-3.myhuaweicloud.com처럼 전체 주소를 입력하세요.
http-hint-endpoint-not-https = https://로 시작하는 주소를 사용하세요. http://는 이 컴퓨터(예: 샌드박스)에만 사용할 수 있습니다.
http-hint-invalid-request = 아무것도 보내지 않았습니다. Livedesk의 문제입니다. 신고해 주세요.
http-hint-client-setup = 아무것도 보내지 않았습니다. Livedesk를 다시 시작하세요. 계속 발생하면 신고해 주세요.
http-hint-timeout = 인터넷 연결을 확인한 후 다시 시도하세요. 지금 서비스가 느릴 수 있습니다.
http-hint-tls = 엔드포인트 주소를 확인하세요. 보안 연결을 검사하는 회사 네트워크 때문일 수도 있으니 IT 부서에 문의하세요.
http-hint-unreachable = 엔드포인트 주소와 인터넷 연결(프록시나 방화벽 포함)을 확인한 후 다시 시도하세요.
http-hint-connection-lost = 다시 시도하세요. 계속 발생하면 인터넷 연결이나 프록시를 확인하세요.
http-hint-too-large = 이 요청에서는 예상하지 못한 응답입니다. 다시 시도하세요. 계속 발생하면 엔드포인트가 서비스 제공업체의 API 주소인지 확인하세요.
http-hint-bad-response = 다시 시도하세요. 계속 발생하면 엔드포인트가 서비스 제공업체의 API 주소인지 확인하세요(프록시나 캡티브 포털이 대신 응답할 수 있습니다).
http-request-id-for-support = 지원팀에 전달할 요청 ID: { $id }.

## client.rs

http-not-a-method = HTTP 메서드가 아닙니다
http-header-name-invalid = 헤더 이름이 올바르지 않습니다
http-header-value-invalid = { $name }의 값은 헤더에 사용할 수 없습니다
http-endpoint-empty = 비어 있습니다
http-endpoint-not-full = 전체 주소가 아닙니다. https://로 시작하세요
http-endpoint-not-valid = 올바른 주소가 아닙니다({ $problem })
http-endpoint-not-https-scheme = https://로 시작해야 합니다
http-endpoint-no-host = 호스트 이름이 없습니다
http-endpoint-user-name = 사용자 이름이나 비밀번호를 포함할 수 없습니다
http-endpoint-not-base = ?query나 #fragment 없이 기본 주소만 입력해야 합니다
http-setup-certificates = 이 컴퓨터의 신뢰할 수 있는 인증서를 불러올 수 없습니다
http-setup-client = HTTP 클라이언트를 만들 수 없습니다

## response.rs

http-cut-off = 응답이 너무 일찍 끝납니다(잘린 것 같습니다)
http-unreadable-answer = 응답을 읽을 수 없습니다
http-not-json = 응답이 JSON이 아닙니다({ $line }행 { $column }열)
http-unexpected-shape = 응답이 예상한 형식이 아닙니다({ $line }행 { $column }열)

## check.rs

http-check-works = { $provider }에 연결했습니다. 키가 유효합니다.
http-check-works-no-domain = { $provider }에 연결했습니다. 키가 유효합니다. 푸시 도메인을 입력하지 않아 도메인은 조회하지 않았습니다.
http-check-clock-note = 참고: 컴퓨터 시계가 { $provider }보다 { $clock }.
http-check-no-such-domain = 키는 유효하지만 Huawei Cloud의 이 프로젝트에 “{ $domain }”(이)라는 푸시 도메인이 없습니다.
http-hint-check-domain = 푸시 도메인 이름, 프로젝트 ID, 엔드포인트의 리전을 확인하세요.
http-check-wrong-scheme = scheme: { $scheme }은(는) { $provider } 서명 방식이 아닙니다
http-hint-check-account-settings = 계정 설정을 수정한 후 다시 확인하세요.
