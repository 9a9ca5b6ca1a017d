# livedesk-operations 的通用文字：输入问题、检查时的句子、值的说法、列表、错误。
# 各操作自己的文字在 schema-<vendor>.ftl 和 <vendor>.ftl 中。

## validate.rs

operations-form-empty = 表单为空：请填写必填字段。
operations-the-form = 表单
operations-must-be-group = { $title }必须是一组字段。
operations-must-be-list = { $title }必须是列表。
operations-must-be-text = { $title }必须是文本。
operations-must-be-whole-number = { $title }必须是整数。
operations-must-be-number = { $title }必须是数字。
operations-must-be-on-off = { $title }必须是开或关（true 或 false）。
operations-required = { $title }为必填项。
operations-not-a-field = “{ $key }”不是此表单的字段。
operations-condition = { $title }为{ $values }
operations-or = { $left }或{ $right }
operations-required-when = 当{ $condition }时，{ $title }为必填项。
operations-only-used-when = { $title }仅在{ $condition }时使用；请留空。
operations-label-on = 开
operations-label-off = 关
operations-min-entries = { $title }至少需要 { $count } 项。
operations-max-entries = { $title }最多只能有 { $count } 项（现有 { $given } 项）。
operations-entry-title = { $title }（第 { $n } 项）
operations-entry-empty = { $title }为空：请填写或删除。
operations-must-not-be-empty = { $title }不能为空。
operations-min-chars = { $title }至少需要 { $min } 个字符。
operations-max-chars = { $title }最多 { $max } 个字符（现有 { $given } 个）。
operations-pattern-problem = { $title }{ $hint }。
operations-pattern-other = 格式不符合要求
operations-must-be-date-time = { $title }必须是日期和时间，例如 2025-06-01T08:00:00Z。
operations-must-be-uri = { $title }必须是完整地址，例如 https://example.com/path。
operations-number-from-to = { $title }必须在 { $min } 到 { $max } 之间（不能是 { $given }）。
operations-number-at-least = { $title }至少为 { $min }（不能是 { $given }）。
operations-number-at-most = { $title }最多为 { $max }（不能是 { $given }）。
operations-must-be-one-of = { $title }必须是以下之一：{ $choices }。
operations-quoted = “{ $label }”
# 列表，每次加一项。
operations-list-next = { $list }、{ $next }
operations-and = { $list }和{ $last }

## schema.rs (x-pattern-hint：字段的格式要求)

operations-pattern-no-spaces = 不能包含空格
operations-pattern-country-code = 必须是两个大写字母的国家代码，例如 TW 或 JP
operations-pattern-rtmp-url = 必须是以 rtmp:// 开头的 RTMP 地址
operations-pattern-rtmp-or-rtmps-url = 必须是以 rtmp:// 或 rtmps:// 开头的地址
operations-pattern-http-url = 必须是以 http:// 或 https:// 开头的地址
operations-pattern-seconds = 必须是秒数后加 s，例如 3600s 或 0.5s
operations-pattern-custom-id = 只能包含字母、数字、点、下划线和连字符
operations-pattern-utc-seconds = 必须是精确到秒的 UTC 时间，例如 2025-06-01T08:00:00Z

## diff.rs

operations-not-set = 未设置
operations-on = 开
operations-off = 关
operations-entries = 项
operations-list-count = { $count } 个{ $title }
operations-settings-count = { $count } 项设置

## review.rs

operations-state-unread = 无法读取当前状态（{ $problem }），因此检查时无法显示当前正在直播的内容。
operations-nothing-changes = 没有任何更改：表单中是已加载的设置。
operations-will-be-cleared = { $label }将被清除（当前：{ $old }）。
operations-will-be = { $label }将变为{ $new }（当前：{ $old }）。

## current.rs

operations-current-value-invalid = { $label }：{ $problem }当前值无法按原样发回；请在发送前更正。
operations-fill-in-to-load = 请填写{ $label }以加载当前设置。
operations-offered-no-list = 没有可选择的列表
operations-offered-no-pages = 没有可列出的页面
operations-offered-no-field-list = 没有可为此字段选择的列表
operations-offered-no-current = 没有可加载的当前状态

## list.rs

operations-list-item-detail = “{ $name }”（{ $id }）：{ $detail }
operations-list-item = “{ $name }”（{ $id }）

## request.rs

operations-signing-headers = 请求头 { $list }
operations-signing-query = 查询参数 { $list }
operations-signing-note-none = 发送时，Livedesk 会为请求签名。
operations-signing-note = 发送时，Livedesk 会添加{ $parts }。
operations-input-unusable = 无法将输入内容转换为请求。
operations-field-required = 此字段为必填项。
operations-account-no-project = 缺失：此操作需要项目ID

## operation.rs

operations-value-unreadable = 无法读取此值；请检查其类型。
operations-accepted = { $provider } 已接受请求。

## summary.rs

operations-clock-note-behind = 注意：你电脑的时钟比 { $provider } 慢 { $count } 分钟；请在请求因此失败之前开启“自动设置时间”。
operations-clock-note-ahead = 注意：你电脑的时钟比 { $provider } 快 { $count } 分钟；请在请求因此失败之前开启“自动设置时间”。
# 两句话前后相接（中文之间不加空格）。
operations-then = { $first }{ $second }
operations-request-id-for-vendor = 供服务商技术支持使用的请求 ID：{ $id }。
operations-on-upper = 开
operations-off-upper = 关

## account.rs, lib.rs

operations-account-other-vendor = 此操作用于 { $provider }，但该账号是 { $other } 账号
operations-account-wrong-scheme = { $scheme } 不是 { $provider } 的签名方式
operations-account-wrong-credentials = 该账号保存的是 { $held } 的凭证，而不是 { $provider } 的凭证
operations-account-no-project-region = 缺失：华为云需要该区域的项目ID
operations-account-changed = 此调用是为其他账号或其他账号设置准备的；请重新准备

## error.rs

operations-unknown = 操作：没有名为“{ $id }”的操作
operations-not-offered = 操作：“{ $id }”{ $what }
operations-field-problem = { $field }：{ $problem }
operations-field-problem-and-more = { $field }：{ $problem }（另有 { $count } 个问题）
operations-input-not-accepted = 输入未被接受。
operations-hint-report = 这是 Livedesk 的问题，请报告。
operations-hint-correct-fields = 请更正标出的 { $count } 个字段；未发送任何内容。
operations-hint-correct-field = 请更正该字段；未发送任何内容。
operations-hint-check-account = 请检查账号设置；未发送任何内容。
operations-hint-wait = 请再等待 { $count } 秒后重新发送；未发送任何内容。
operations-hint-refused = { $hint }未发送任何内容。
