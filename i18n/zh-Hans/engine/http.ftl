# livedesk-http 的文字：服务商错误的说明、连接问题、“检查连接”。

## vendor.rs

http-vendor-huawei = 华为云
http-vendor-naver = NAVER Cloud
http-vendor-blendvision = BlendVision One
http-vendor-alibaba = 阿里云

## vendor_error.rs

# 两句话前后相接（中文之间不加空格）。
http-then = { $first }{ $second }
http-request-id-for-vendor = 供服务商技术支持使用的请求 ID：{ $id }。
http-vendor-said = { $provider } 返回的信息：“{ $message }”
http-unreadable-server-error = { $provider } 端出现问题（HTTP { $status }），无法读取其应答。
http-unreadable-rate-limited = { $provider } 目前收到此账号的请求过多（HTTP { $status }）。
http-unreadable-other = { $provider } 拒绝了请求（HTTP { $status }），但其应答不是 { $provider } 常用的错误格式，Livedesk 无法判断原因。
http-hint-try-in-minutes = 请几分钟后重试。
http-hint-wait-a-minute = 请等待一分钟后重试。
http-hint-check-endpoint-proxy = 请确认终端节点是服务商的 API 地址（可能是代理或认证门户代为应答），然后重试。
http-clock-behind = 慢了 { $count } 分钟
http-clock-ahead = 快了 { $count } 分钟
http-clock-agrees-but-refused = { $provider } 拒绝了请求的时间，但你电脑的时钟与 { $provider } 的时钟相差不到一分钟。
http-clock-off-refused = 你电脑的时钟{ $clock }，因此 { $provider } 拒绝了请求。
http-clock-seems-wrong = 你电脑的时钟似乎不准确：{ $provider } 拒绝了请求的时间。
http-hint-clock = 请在系统设置中开启“自动设置时间”，然后重试。
http-wrong-key-project = { $provider } 不接受此项目的密钥。
http-hint-wrong-key-project = 请检查项目ID：它必须是此区域的项目ID，可在华为云控制台的“我的凭证”中找到。
http-wrong-key-unknown-id = { $provider } 无法识别此 AccessKey ID。
http-hint-wrong-key-unknown-id = 请在账号设置中检查 AccessKey ID。如果使用临时（STS）凭证，请重新获取：它们可能已过期。
http-wrong-key-disabled = 此 AccessKey 在 { $provider } 中已被禁用。
http-hint-wrong-key-disabled = 请在 RAM 控制台中启用该 AccessKey，或输入其他 AccessKey。
http-wrong-organisation = API Token 不属于为 { $provider } 填写的组织。
http-hint-wrong-organisation = 请在账号设置中检查组织 ID：它必须是创建该 API Token 的组织。
http-read-only = 密钥有效，但在 { $provider } 中只能读取，不能更改。
http-ip-not-allowed = { $provider } 不接受来自此电脑网络地址的请求。
http-hint-ip-not-allowed = 请让账号管理员允许你的 IP 地址访问 API，或从允许的网络连接。
http-region-not-available = 此账号在所选的 { $provider } 区域中无法使用该服务。
http-hint-check-region = 请在账号设置中检查区域。
http-no-permission = 密钥有效，但在 { $provider } 中无权执行此操作。
http-api-not-found = 此地址不指向 Livedesk 已知的 { $provider } API。
http-hint-check-endpoint-region = 请在账号设置中检查终端节点和区域。
http-not-found = { $provider } 找不到请求中指定的对象。
http-hint-not-found = 请检查 ID 或名称：它可能已被删除，或属于其他区域、项目或账号。
http-precondition-failed = { $provider } 目前无法执行此操作。
http-hint-precondition-failed = 请检查当前状态（例如流或导播台是否正在直播），然后重试。
http-region-not-supported = { $provider } 不支持所填写的区域。
http-nonce-used = 请求重复使用了之前请求的一次性值（nonce），因此 { $provider } 拒绝了请求。
http-hint-nonce-used = 请重试：每次尝试都会使用新的 nonce。如果问题持续出现，请报告。
http-signature-format = { $provider } 不接受请求签名的格式。
http-hint-report = 这是 Livedesk 的问题，请报告。
http-invalid-field = { $provider } 不接受 { $field } 的值。
http-hint-correct-field = 请更正 { $field } 后重试。
http-invalid-value = { $provider } 不接受请求中的某个值。
http-hint-check-values = 请检查输入的值后重试。
http-rate-limited = { $provider } 目前收到此账号的请求过多。
http-server-error = { $provider } 端出现问题。
http-hint-server-error = 请几分钟后重试。如果问题持续出现，请查看服务商的状态页面。
http-refused = { $provider } 拒绝了请求。
http-hint-check-settings = 请检查各项值和设置后重试。
http-wrong-key-huawei = 华为云不接受此密钥。
http-hint-wrong-key-huawei = 请在账号设置中检查访问密钥（AK）和私有访问密钥（SK）：两者必须是同一对。多次失败后华为云会将密钥锁定 5 分钟，请更正后再重试。
http-wrong-key-naver = NAVER Cloud 不接受此密钥。
http-hint-wrong-key-naver = 请检查 Access Key ID 和 Secret Key（在 NAVER Cloud 控制台的“Manage Auth Key”中）：两者必须是同一对。
http-wrong-key-alibaba = 阿里云不接受此密钥。
http-hint-wrong-key-alibaba = 请在账号设置中检查 AccessKey ID 和 AccessKey Secret：两者必须是同一对。
http-wrong-key-blendvision = BlendVision One 不接受此 API Token。
http-hint-wrong-key-blendvision = 请在账号设置中检查 API Token，或在 BlendVision One 控制台中新建一个：它可能已过期或被删除。
http-hint-no-permission-huawei = 请让账号管理员为此 IAM 用户授予直播权限（例如 Live FullAccess 策略）。
http-hint-no-permission-naver = 请让主账号为此子账号授予 Live Station 权限，或使用具有该权限的密钥。
http-hint-no-permission-alibaba = 请让账号管理员为此 RAM 用户授予视频直播权限（例如 AliyunLiveFullAccess）。
http-hint-no-permission-blendvision = 请在 BlendVision One 控制台中创建可以进行此更改的 API Token（只读 Token 不行）并使用。
http-signature-other-request = { $provider } 用与 Livedesk 所签名请求不同的请求来校验签名，因此拒绝了请求。
http-hint-signature-other-request = 此电脑与服务商之间的某个环节（如代理）可能在修改请求，也可能是 Livedesk 的问题，请报告。

## error.rs

http-endpoint-invalid = 终端节点：{ $problem }
http-endpoint-not-https = 终端节点：必须通过 https:// 而不是 http:// 访问 { $host }
http-invalid-request = { $field }：{ $problem }
http-client-setup = 无法准备连接设置：{ $problem }
http-timeout = { $host } 在 { $seconds } 秒内没有应答。
http-unreachable = 无法连接到 { $host }：{ $reason }。
http-connection-lost = 在收到应答之前，与 { $host } 的连接已断开。
http-truncated = 来自 { $host } 的应答在完整接收前被截断。
http-too-large = 来自 { $host } 的应答超过 { $size }，未读取。
http-bad-response = { $provider } 返回了 Livedesk 无法读取的应答：{ $problem }。
http-reason-refused = 连接被拒绝（该地址上没有服务在监听）
http-reason-name-not-found = 找不到服务器名称
http-reason-timed-out = 连接尝试超时
http-reason-tls = 无法建立安全（TLS）连接
http-reason-other = 网络连接失败
http-hint-maybe-applied = 更改可能已生效，也可能没有：重试前请先查看当前设置。
http-hint-endpoint-invalid = 请输入完整地址，例如 https://live.ap-southeast-3.myhuaweicloud.com。
http-hint-endpoint-not-https = 请使用以 https:// 开头的地址。只有本机（例如沙盒）才允许使用 http://。
http-hint-invalid-request = 未发送任何内容。这是 Livedesk 的问题，请报告。
http-hint-client-setup = 未发送任何内容。请重新启动 Livedesk；如果问题持续出现，请报告。
http-hint-timeout = 请检查网络连接后重试；服务目前可能较慢。
http-hint-tls = 请检查终端节点地址。会检查安全连接的公司网络也可能导致此问题，请咨询 IT 部门。
http-hint-unreachable = 请检查终端节点地址和网络连接（以及代理或防火墙），然后重试。
http-hint-connection-lost = 请重试。如果问题持续出现，请检查网络连接或代理。
http-hint-too-large = 此请求不应出现这种情况。请重试；如果问题持续出现，请确认终端节点是服务商的 API 地址。
http-hint-bad-response = 请重试。如果问题持续出现，请确认终端节点是服务商的 API 地址（代理或认证门户可能会代为应答）。
http-request-id-for-support = 供技术支持使用的请求 ID：{ $id }。

## client.rs

http-not-a-method = 不是 HTTP 方法
http-header-name-invalid = 某个请求头名称无效
http-header-value-invalid = { $name } 的值不能用于请求头
http-endpoint-empty = 为空
http-endpoint-not-full = 不是完整地址：请以 https:// 开头
http-endpoint-not-valid = 不是有效地址（{ $problem }）
http-endpoint-not-https-scheme = 必须以 https:// 开头
http-endpoint-no-host = 没有主机名
http-endpoint-user-name = 不能包含用户名或密码
http-endpoint-not-base = 只能是基本地址，不能带 ?query 或 #fragment
http-setup-certificates = 无法加载此电脑的受信任证书
http-setup-client = 无法创建 HTTP 客户端

## response.rs

http-cut-off = 应答提前结束（似乎被截断）
http-unreadable-answer = 无法读取应答
http-not-json = 应答不是 JSON（第 { $line } 行第 { $column } 列）
http-unexpected-shape = 应答的结构不符合预期（第 { $line } 行第 { $column } 列）

## check.rs

http-check-works = 已连接到 { $provider }：密钥有效。
http-check-works-no-domain = 已连接到 { $provider }：密钥有效。未填写推流域名，因此没有查询域名。
http-check-clock-note = 注意：与 { $provider } 相比，你电脑的时钟{ $clock }。
http-check-no-such-domain = 密钥有效，但华为云的此项目中没有名为“{ $domain }”的推流域名。
http-hint-check-domain = 请检查推流域名、项目ID以及终端节点的区域。
http-check-wrong-scheme = scheme：{ $scheme } 不是 { $provider } 的签名方式
http-hint-check-account-settings = 请更正账号设置后再次检查。
