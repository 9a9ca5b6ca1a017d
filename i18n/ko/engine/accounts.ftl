# Accounts: errors, keychain messages and names (livedesk-core/src/accounts). Ids: accounts-…

## form.rs
accounts-vendor-huawei = Huawei Cloud Live
accounts-vendor-naver = 네이버 클라우드 Live Station
accounts-vendor-blendvision = BlendVision One
accounts-vendor-alibaba = Alibaba Cloud ApsaraVideo Live

## sandbox.rs
accounts-sandbox-name = 샌드박스 – { $service }

## service.rs
accounts-practice-name = { $name } (연습)

## error.rs
accounts-duplicate-name = 이름이 “{ $name }”인 계정이 이미 있습니다.
accounts-not-found = ID가 { $id }인 계정이 더 이상 없습니다.
accounts-keychain-failed = { $what } { $outcome }
accounts-secrets-missing = 키체인에 계정 “{ $account }”의 키가 저장되어 있지 않습니다.
accounts-keychain-entry-damaged = 키체인에 저장된 이 계정의 키가 손상되었습니다.
accounts-settings-write = Livedesk가 설정 파일을 저장하지 못했습니다: { $problem }
accounts-form-not-accepted = 양식이 받아들여지지 않았습니다.
accounts-form-problems = { $first } (외 { $count }개 문제)
accounts-keys-entered-elsewhere = 아무것도 보내지 않았습니다. “{ $account }”의 키는 { $place }용으로 입력되었지만, 이 계정은 이제 { $now }을(를) 가리킵니다. Livedesk는 키를 입력한 곳으로만 보냅니다.
accounts-keys-place-unknown = 아무것도 보내지 않았습니다. 계정 “{ $account }”은(는) 이제 { $now }을(를) 가리키며, 그 키는 어디용으로 입력되었는지 기록하지 않던 이전 버전의 Livedesk가 저장했습니다.
accounts-hint-correct-field = “{ $field }”을(를) 고친 뒤 다시 저장하세요.
accounts-hint-correct-fields = 표시된 필드 { $count }개를 고친 뒤 다시 저장하세요.
accounts-hint-correct-the-field = 필드를 고친 뒤 다시 저장하세요.
accounts-hint-duplicate-name = 다른 이름을 고르세요. 예를 들어 스튜디오나 고객 이름을 덧붙이세요.
accounts-hint-not-found = 다른 창에서 삭제되었을 수 있습니다. 계정 목록을 다시 불러오세요.
accounts-hint-enter-keys-again = 계정을 편집해 키를 다시 입력하세요. 다른 것은 잃지 않습니다.
accounts-hint-keys-elsewhere = 일부러 계정을 옮겼다면 편집해서 키를 다시 입력하세요. 그렇지 않다면 주소를 원래대로 되돌리세요.
accounts-hint-settings-write = 디스크가 가득 차지 않았는지, Livedesk 데이터 폴더에 쓸 수 있는지 확인하세요.

## error.rs, endpoint.rs, form.rs, secrets.rs, service.rs, settings.rs: a field at fault ($field is its id)
accounts-invalid-not-a-setting = { $field }은(는) 이 서비스 제공업체의 설정 항목이 아닙니다.
accounts-invalid-required = { $field }은(는) 필수입니다.
accounts-invalid-invisible-character = { $field }에 줄바꿈이나 보이지 않는 문자가 들어 있습니다.
accounts-invalid-not-web-address = { $field }은(는) 웹 주소가 아닙니다(예: https://live.example.com).
accounts-invalid-no-host = { $field }에 호스트 이름이 없습니다.
accounts-invalid-plain-http = { $field }은(는) https://로 시작해야 합니다(일반 http는 이 컴퓨터 주소에만 허용됩니다. 예: http://127.0.0.1).
accounts-invalid-not-https = { $field }은(는) https://로 시작해야 합니다.
accounts-invalid-extra-parts = { $field }에는 서비스 주소만 넣어야 하며, ?쿼리, #프래그먼트, 사용자 이름은 넣을 수 없습니다.
accounts-invalid-not-object = { $field }은(는) 필드로 이루어진 객체여야 합니다.
accounts-invalid-wrong-kind = { $field }에 종류가 잘못된 값이 있습니다.
accounts-invalid-custom-needs-endpoint = 리전이 “custom”이면 { $field }은(는) 필수입니다.
accounts-invalid-name-too-long = { $field }은(는) 80자 이하여야 합니다.
accounts-invalid-practice-endpoint = 연습 계정의 { $field }은(는) 바꿀 수 없습니다. 대신 실제 계정을 추가하세요.
accounts-invalid-practice-keys = 연습 계정의 { $field }은(는) 바꿀 수 없습니다.
accounts-invalid-one-of = { $field }은(는) 다음 중 하나여야 합니다: { $choices }.
accounts-invalid-project-id = { $field }에는 영문자와 숫자만 쓸 수 있습니다(콘솔에서는 32자).

## service.rs
accounts-enter-key-again = { $field }: 다시 입력하세요. 이 계정의 키는 { $was }용으로 입력되었는데 지금은 { $now }을(를) 가리킵니다. Livedesk는 키를 입력한 곳으로만 보냅니다.

## binding.rs
accounts-vendor-addresses = 서비스 제공업체 자체 주소(…{ $domain })

## keychain.rs
accounts-keychain-nothing-saved = 아무것도 저장하지 않았습니다.
accounts-keychain-nothing-sent = 아무것도 보내거나 바꾸지 않았습니다.
accounts-keychain-nothing-deleted = 아무것도 삭제하지 않았습니다.
accounts-keychain-no-service = 이 컴퓨터에 키체인 서비스가 없어 Livedesk가 키를 안전하게 보관할 수 없습니다.
accounts-keychain-locked = 키체인이 잠겨 있어 Livedesk가 사용할 수 없었습니다.
accounts-keychain-denied = Livedesk가 키체인을 사용하도록 허용되지 않았습니다.
accounts-keychain-unavailable = 이 데스크톱 세션에서는 어떤 키체인에도 연결할 수 없어 Livedesk가 키를 안전하게 보관할 수 없습니다.
accounts-keychain-other = 키체인이 요청을 거부했습니다.
# $platform: macos, windows or linux (any other desktop with a Secret Service).
accounts-keychain-fix-no-service = { $platform ->
    [macos] 키체인 접근을 여세요. “로그인” 키체인이 없으면 키체인 접근 → 설정 → 기본 키체인 재설정을 선택한 뒤 다시 시도하세요.
    [windows] Livedesk는 키를 Windows 자격 증명 관리자에 보관하며, 이를 쓰려면 본인 계정으로 Windows에 로그인해야 합니다. (“다른 사용자로 실행”이 아니라) 다시 로그인한 뒤 다시 시도하세요.
   *[other] 키 모음 서비스(Secret Service)를 설치하세요: GNOME 키 모음(패키지 “gnome-keyring”) 또는 설정 → Secret Service 통합을 켠 KeePassXC. 로그아웃했다가 다시 로그인한 뒤 계정을 다시 추가하세요. 연습(샌드박스) 계정은 없어도 동작합니다.
}
accounts-keychain-fix-unavailable = { $platform ->
    [macos] 키체인 접근을 여세요. “로그인” 키체인이 없으면 키체인 접근 → 설정 → 기본 키체인 재설정을 선택한 뒤 다시 시도하세요.
    [windows] Livedesk는 키를 Windows 자격 증명 관리자에 보관하며, 이를 쓰려면 본인 계정으로 Windows에 로그인해야 합니다. (“다른 사용자로 실행”이 아니라) 다시 로그인한 뒤 다시 시도하세요.
   *[other] Livedesk에는 데스크톱의 세션 버스(D-Bus)와 GNOME 키 모음이나 KWallet 같은 Secret Service가 필요합니다. SSH나 다른 사용자로 실행하지 말고 데스크톱의 앱 메뉴에서 Livedesk를 시작한 뒤 다시 시도하세요.
}
accounts-keychain-fix-locked = { $platform ->
    [macos] 키체인 접근을 열고 “로그인” 키체인을 선택한 다음 파일 → 키체인 “로그인” 잠금 해제를 선택한 뒤 다시 시도하세요.
    [windows] Windows에서 로그아웃한 뒤 본인 계정으로 다시 로그인하고 다시 시도하세요.
   *[other] 잠금을 해제하세요: “암호와 키”(Seahorse)를 열고 “로그인” 키 모음을 마우스 오른쪽 버튼으로 클릭해 잠금 해제를 선택한 뒤(또는 KeePassXC에서 데이터베이스 잠금을 해제한 뒤) 다시 시도하세요.
}
accounts-keychain-fix-denied = { $platform ->
    [macos] 다시 시도하고, macOS가 암호를 물으면 “허용” 또는 “항상 허용”을 선택하세요.
    [windows] Windows에서 로그아웃한 뒤 본인 계정으로 다시 로그인하고 다시 시도하세요.
   *[other] 다시 시도하고, 데스크톱이 물으면 Livedesk를 허용하세요(키 모음 암호 입력). KeePassXC라면 설정 → Secret Service 통합을 확인하세요.
}
accounts-keychain-fix-other = { $platform ->
    [macos] 다시 시도하세요. 계속 실패하면 Mac을 다시 시작하세요.
    [windows] 다시 시도하세요. 계속 실패하면 컴퓨터를 다시 시작하세요.
   *[other] 다시 시도하세요. 계속 실패하면 로그아웃했다가 다시 로그인해 키 모음 서비스를 다시 시작하세요.
}
