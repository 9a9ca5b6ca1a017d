# Accounts: errors, keychain messages and names (livedesk-core/src/accounts). Ids: accounts-…

## form.rs
accounts-vendor-huawei = 华为云视频直播
accounts-vendor-naver = NAVER Cloud Live Station
accounts-vendor-blendvision = BlendVision One
accounts-vendor-alibaba = 阿里云视频直播

## sandbox.rs
accounts-sandbox-name = 沙盒 – { $service }

## service.rs
accounts-practice-name = { $name }（练习）

## error.rs
accounts-duplicate-name = 已有名为“{ $name }”的账号。
accounts-not-found = ID 为 { $id } 的账号已不存在。
accounts-keychain-failed = { $what }{ $outcome }
accounts-secrets-missing = 钥匙串中没有为账号“{ $account }”保存的密钥。
accounts-keychain-entry-damaged = 钥匙串中为此账号保存的密钥已损坏。
accounts-settings-write = Livedesk 无法保存设置文件：{ $problem }
accounts-form-not-accepted = 表单未被接受。
accounts-form-problems = { $first }（另有 { $count } 个问题）
accounts-keys-entered-elsewhere = 没有发送任何内容：“{ $account }”的密钥是为 { $place } 输入的，但该账号现在指向 { $now }。Livedesk 只会把密钥发送到输入时对应的地址。
accounts-keys-place-unknown = 没有发送任何内容：账号“{ $account }”现在指向 { $now }，而它的密钥是由旧版 Livedesk 保存的，未记录当时是为哪里输入的。
accounts-hint-correct-field = 请更正“{ $field }”后再次保存。
accounts-hint-correct-fields = 请更正标出的 { $count } 个字段后再次保存。
accounts-hint-correct-the-field = 请更正该字段后再次保存。
accounts-hint-duplicate-name = 请换一个名称，例如加上工作室或客户名。
accounts-hint-not-found = 它可能已在另一个窗口中被删除；请重新加载账号列表。
accounts-hint-enter-keys-again = 请编辑该账号并重新输入密钥；其他内容都不会丢失。
accounts-hint-keys-elsewhere = 如果是有意移动了该账号，请编辑它并重新输入密钥；否则请把地址改回原来的。
accounts-hint-settings-write = 请检查磁盘是否已满，以及 Livedesk 的数据文件夹是否可写。

## error.rs, endpoint.rs, form.rs, secrets.rs, service.rs, settings.rs: a field at fault ($field is its id)
accounts-invalid-not-a-setting = { $field } 不是该服务商的设置项。
accounts-invalid-required = { $field } 为必填项。
accounts-invalid-invisible-character = { $field } 含有换行符或其他不可见字符。
accounts-invalid-not-web-address = { $field } 不是网址（例如：https://live.example.com）。
accounts-invalid-no-host = { $field } 缺少主机名。
accounts-invalid-plain-http = { $field } 必须以 https:// 开头（只有本机地址才允许使用普通 http，例如 http://127.0.0.1）。
accounts-invalid-not-https = { $field } 必须以 https:// 开头。
accounts-invalid-extra-parts = { $field } 只能是服务的地址，不能带 ?查询、#片段或用户名。
accounts-invalid-not-object = { $field } 必须是由字段组成的对象。
accounts-invalid-wrong-kind = { $field } 中有值的类型不对。
accounts-invalid-custom-needs-endpoint = 区域为“custom”时，{ $field } 为必填项。
accounts-invalid-name-too-long = { $field } 最多 80 个字符。
accounts-invalid-practice-endpoint = 练习账号的 { $field } 不能更改；请改为添加真实账号。
accounts-invalid-practice-keys = 练习账号的 { $field } 不能更改。
accounts-invalid-one-of = { $field } 必须是以下之一：{ $choices }。
accounts-invalid-project-id = { $field } 只能包含字母和数字（控制台中为 32 个字符）。

## service.rs
accounts-enter-key-again = { $field }：请重新输入。此账号的密钥是为 { $was } 输入的，而它现在指向 { $now }；Livedesk 只会把密钥发送到输入时对应的地址。

## binding.rs
accounts-vendor-addresses = 服务商自己的地址（…{ $domain }）

## keychain.rs
accounts-keychain-nothing-saved = 没有保存任何内容。
accounts-keychain-nothing-sent = 没有发送或更改任何内容。
accounts-keychain-nothing-deleted = 没有删除任何内容。
accounts-keychain-no-service = 这台电脑上没有钥匙串服务，Livedesk 无法安全保存密钥。
accounts-keychain-locked = 您的钥匙串已锁定，Livedesk 无法使用它。
accounts-keychain-denied = Livedesk 未获准使用您的钥匙串。
accounts-keychain-unavailable = 从此桌面会话无法访问任何钥匙串，Livedesk 无法安全保存密钥。
accounts-keychain-other = 钥匙串拒绝了此请求。
# $platform: macos, windows or linux (any other desktop with a Secret Service).
accounts-keychain-fix-no-service = { $platform ->
    [macos] 打开“钥匙串访问”：如果没有“登录”钥匙串，请选择“钥匙串访问”→“设置”→“恢复默认钥匙串”，然后重试。
    [windows] Livedesk 将密钥保存在 Windows 凭据管理器中，这需要您用自己的账户登录 Windows。请重新登录（不要通过“以其他用户身份运行”），然后重试。
   *[other] 请安装钥匙串服务（Secret Service）：GNOME 密钥环（软件包“gnome-keyring”），或在 KeePassXC 中打开“设置”→“Secret Service 集成”。注销并重新登录后，再次添加账号。练习（沙盒）账号无需钥匙串也能使用。
}
accounts-keychain-fix-unavailable = { $platform ->
    [macos] 打开“钥匙串访问”：如果没有“登录”钥匙串，请选择“钥匙串访问”→“设置”→“恢复默认钥匙串”，然后重试。
    [windows] Livedesk 将密钥保存在 Windows 凭据管理器中，这需要您用自己的账户登录 Windows。请重新登录（不要通过“以其他用户身份运行”），然后重试。
   *[other] Livedesk 需要桌面的会话总线（D-Bus）以及 GNOME 密钥环或 KWallet 等 Secret Service。请从桌面的应用菜单启动 Livedesk，不要通过 SSH 或以其他用户身份启动，然后重试。
}
accounts-keychain-fix-locked = { $platform ->
    [macos] 打开“钥匙串访问”，选择“登录”钥匙串，然后选择“文件”→“解锁钥匙串‘登录’”，再重试。
    [windows] 请注销 Windows，再用您自己的账户重新登录，然后重试。
   *[other] 请解锁：打开“密码和密钥”（Seahorse），右键点击“登录”密钥环并选择“解锁”（或在 KeePassXC 中解锁您的数据库），然后重试。
}
accounts-keychain-fix-denied = { $platform ->
    [macos] 请重试，并在 macOS 要求输入密码时选择“允许”或“始终允许”。
    [windows] 请注销 Windows，再用您自己的账户重新登录，然后重试。
   *[other] 请重试，并在桌面询问时允许 Livedesk（输入钥匙串密码）。如使用 KeePassXC，请检查“设置”→“Secret Service 集成”。
}
accounts-keychain-fix-other = { $platform ->
    [macos] 请重试；如果仍然失败，请重启您的 Mac。
    [windows] 请重试；如果仍然失败，请重启电脑。
   *[other] 请重试；如果仍然失败，请注销并重新登录以重启钥匙串服务。
}
