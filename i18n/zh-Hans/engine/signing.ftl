# livedesk-signing 的文字：请求无法签名的原因，以及该怎么做。
# 消息以出错的输入字段开头（按输入中的写法）。

## error.rs

signing-unknown-scheme = scheme：未知的签名方式 { $given }（应为以下之一：{ $names }）
signing-missing = { $field }：缺失
signing-invalid-field = { $field }：{ $problem }
signing-invalid-timestamp = { $field }：{ $value } 不是 { $format } 格式的时间
signing-invalid-url = url：{ $problem }
signing-conflict = { $field }：与用于签名的凭证不一致
signing-wrong-credentials = credentials：{ $scheme } 需要 { $expected } 的凭证，而不是 { $given } 的凭证
signing-hint-choose-scheme = 请选择以下之一：{ $names }。
signing-hint-access-key = 请输入服务商控制台中的访问密钥（AK）。
signing-hint-secret-key = 请输入与访问密钥配对的私有访问密钥（SK）。
signing-hint-api-token = 请输入在 BlendVision One 控制台中创建的 API Token。
signing-hint-org-id = 请输入 BlendVision One 控制台中显示的组织 ID。
signing-hint-nonce = 请为每个请求提供一个新的随机 nonce。
signing-hint-timestamp = 请提供请求的时间（UTC）。
signing-hint-add-to-request = 请在请求中添加 { $field }：服务商要求提供它。
signing-hint-fill-in = 请填写 { $field } 后重试。
signing-hint-headers = 请求头名称只能是简单的词（字母、数字、- 和 _），每个只能使用一次；值中不能包含换行或其他控制字符。
signing-hint-correct = 请更正 { $field } 后重试。
signing-hint-timestamp-format = 请以 UTC 时间按 { $format } 的格式填写，并检查电脑的时钟。
signing-hint-url = 请使用完整地址，例如 https://live.example.com/path?name=value。
signing-hint-conflict = 请从请求中删除 { $field }，或使用其中指定的账号签名。
signing-hint-wrong-credentials = 请为此调用选择 { $expected } 的账号。
signing-header-name = 请求头 { $name }
signing-query-name = 查询参数 { $name }

## credentials.rs, request.rs

signing-empty = 为空
signing-control-character = 包含换行或其他控制字符

## request.rs, scheme.rs, alibaba_rpc.rs

signing-not-a-method = { $method } 不是 HTTP 方法
signing-url-scheme = 必须以 https:// 或 http:// 开头
signing-url-no-host = 没有主机
signing-url-user-name = 不能包含用户名或密码
signing-not-a-header-name = { $name } 不是有效的请求头名称
signing-header-repeated = 出现了不止一次
signing-no-time = blendvision-bearer 不对时间签名；请不要填写
signing-must-be-signature = 必须是 { $value }，即此方式生成的签名
