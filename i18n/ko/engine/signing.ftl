# livedesk-signing의 문구: 요청에 서명할 수 없는 이유와 해결 방법.
# 메시지는 문제가 있는 입력 항목 이름(입력에 쓰인 그대로)으로 시작합니다.

## error.rs

signing-unknown-scheme = scheme: 알 수 없는 서명 방식 { $given }입니다(다음 중 하나여야 합니다: { $names })
signing-missing = { $field }: 입력되지 않았습니다
signing-invalid-field = { $field }: { $problem }
signing-invalid-timestamp = { $field }: { $value }은(는) { $format } 형식의 시간이 아닙니다
signing-invalid-url = url: { $problem }
signing-conflict = { $field }: 서명에 사용하는 자격 증명과 다릅니다
signing-wrong-credentials = credentials: { $scheme }에는 { $given }이(가) 아니라 { $expected } 자격 증명이 필요합니다
signing-hint-choose-scheme = 다음 중 하나를 선택하세요: { $names }.
signing-hint-access-key = 서비스 제공업체 콘솔의 액세스 키(AK)를 입력하세요.
signing-hint-secret-key = 액세스 키와 한 쌍인 시크릿 키(SK)를 입력하세요.
signing-hint-api-token = BlendVision One 콘솔에서 만든 API Token을 입력하세요.
signing-hint-org-id = BlendVision One 콘솔에 표시되는 조직 ID를 입력하세요.
signing-hint-nonce = 요청마다 새로운 임의의 nonce를 지정하세요.
signing-hint-timestamp = 요청 시간을 UTC로 지정하세요.
signing-hint-add-to-request = 요청에 { $field }을(를) 추가하세요. 서비스 제공업체에서 필수로 요구합니다.
signing-hint-fill-in = { $field }을(를) 입력한 후 다시 시도하세요.
signing-hint-headers = 헤더 이름은 단순한 단어(영문자, 숫자, -, _)로 한 번씩만 사용할 수 있으며, 값에는 줄바꿈이나 다른 제어 문자를 넣을 수 없습니다.
signing-hint-correct = { $field }을(를) 수정한 후 다시 시도하세요.
signing-hint-timestamp-format = 시간을 UTC 기준 { $format } 형식으로 쓰고 컴퓨터 시계를 확인하세요.
signing-hint-url = https://live.example.com/path?name=value와 같은 전체 주소를 사용하세요.
signing-hint-conflict = 요청에서 { $field }을(를) 제거하거나, 요청에 지정된 계정으로 서명하세요.
signing-hint-wrong-credentials = 이 호출에는 { $expected } 계정을 선택하세요.
signing-header-name = 헤더 { $name }
signing-query-name = 쿼리 매개변수 { $name }

## credentials.rs, request.rs

signing-empty = 비어 있습니다
signing-control-character = 줄바꿈이나 다른 제어 문자가 들어 있습니다

## request.rs, scheme.rs, alibaba_rpc.rs

signing-not-a-method = { $method }은(는) HTTP 메서드가 아닙니다
signing-url-scheme = https:// 또는 http://로 시작해야 합니다
signing-url-no-host = 호스트가 없습니다
signing-url-user-name = 사용자 이름이나 비밀번호를 포함할 수 없습니다
signing-not-a-header-name = { $name }은(는) 올바른 헤더 이름이 아닙니다
signing-header-repeated = 두 번 이상 나옵니다
signing-no-time = blendvision-bearer는 시간에 서명하지 않습니다. 비워 두세요
signing-must-be-signature = 이 방식이 만드는 서명인 { $value }여야 합니다
