# Livedesk 界面，简体中文。术语见 i18n/glossary/zh-Hans.toml。

## Accounts, forms, operations
app-tagline = 在你使用的每个直播服务上，安全地修改直播频道。
accounts-heading = 账号
accounts-add = 添加账号
accounts-addPractice = 添加练习账号
accounts-empty = 还没有账号。添加一个直播服务商的登录信息，即可开始修改频道设置。
accounts-pickVendor = 这是哪个服务的登录信息？
accounts-practice = 练习 — 内置沙盒
accounts-edit = 编辑
accounts-delete = 删除
accounts-secretSet = 已设置
accounts-new = 新的{ $vendor }账号
accounts-editTitle = 编辑“{ $name }”
accounts-secretNote =
    密钥只保存在这台电脑的{ $platform ->
        [macos] 钥匙串
        [windows] 凭据管理器
       *[linux] 密钥环
    }中，之后不会再显示。
accounts-save = 保存账号
accounts-saving = 正在保存…
accounts-keepHint = 已设置 — 输入即可替换
accounts-keepHintLast4 = 已设置（…{ $last4 }）— 输入即可替换
accounts-confirmDelete = 删除“{ $name }”？
accounts-confirmDeletePractice = 将移除这个练习账号。你可以随时重新添加练习账号。
accounts-confirmDeleteReal =
    它的设置会被移除，密钥也会从{ $platform ->
        [macos] 钥匙串
        [windows] 凭据管理器
       *[linux] 密钥环
    }中删除。此操作无法撤销。
accounts-deleteYes = 删除“{ $name }”
accounts-deleteNo = 保留
check-button = 检测连接
check-domain = 要查询的推流域名（可选）
check-run = 检测
check-again = 重新检测
check-running = 正在检测…
check-vendorCode = 服务商代码：{ $code }
common-cancel = 取消
common-optional = 可选
common-notSet = — 未设置 —
common-choose = — 请选择 —
common-remove = 移除
common-addEntry = 添加{ $item }
common-atMost = （最多 { $count } 项）
common-cannotChange = （无法更改）
accounts-changeSettings = 修改设置
ops-back = ← 账号
ops-for = 账号：{ $name }
ops-pick = 你想修改什么？
ops-lookUp = 查询当前设置：
ops-fetch = 查询
ops-review = 检查
ops-send = 发送
ops-sending = 正在发送…
ops-reviewHeading = 发送后会发生什么
ops-signing = 签名方式
ops-copyCurl = 复制为 curl 命令
ops-copied = 已复制
ops-curlHeading = curl 命令（密钥以占位符代替）
ops-resultHeading = 已完成
ops-requestId = 服务商请求 ID：{ $id }
ops-vendorCode = 服务商代码：{ $code }
ops-retryIn = { $seconds } 秒后可以再次发送。
ops-noOps = 这个服务商暂时没有可用的操作。
ops-loadCurrent = 读取当前设置
ops-loading = 正在读取…
ops-keysFirst = 请先填写{ $fields }。
ops-currentLoaded = 已读取当前设置
ops-diffHeading = 将要更改的内容
ops-noChange = 与已读取的设置相比，没有任何更改。
ops-cleared = 将被清空
ops-undoing = 撤销历史记录第 #{ $id } 条：恢复那次更改之前读取到的设置。
ops-stale = 自你读取以来，这些设置已被其他人修改。请重新读取当前设置，或选择“仍然发送”覆盖它们。
ops-sendAnyway = 仍然发送

## Review and result (issue #16: effects, refusals, technical details)
review-technical = 技术详情
review-nothingSent = 在此情况解除之前，不会发送任何内容。
review-refusal-channelNotPublishing = 频道没有收到推流
review-refusal-notRecording = 这路流没有在录制
review-refusal-streamNotPushed = 这路流没有在推流
review-refusal-tooSoon = 距离停止的时间太短
picker-choose = 从账号中选择{ $field }
picker-none = — 未找到 —
picker-failed = 无法读取列表。
history-button = 历史记录
history-heading = 历史记录
history-empty = 还没有调用记录。
history-search = 搜索
history-searchPlaceholder = 摘要、操作、账号或请求 ID 中的文字
history-allAccounts = 全部账号
history-retention = 保留
history-maxEntries = 条调用以内
history-maxAge = 天以内
history-saveRetention = 保存
history-removed = 已移除 { $count } 条较早的调用。
history-sendAgain = 再次发送
history-undo = 撤销
history-undone = 已由 #{ $id } 撤销
history-undoOf = 撤销 #{ $id }
history-outcomeSending = 正在发送
history-outcomeUnknown = 结果未知（收到应答前 Livedesk 已关闭）

## Keys bound to where they were entered (security)
accounts-movedNote = 你修改了地址。Livedesk 只会把密钥发送到输入它们时的地址：除非新地址是服务商自己的地址，否则请同时重新输入密钥。
error-unexpectedHint = 请重试；如果问题持续出现，请重新启动 Livedesk。

## Flow: the form's errors, fresh state after a send, History in plain words (#16, #17).
form-needAttention = 有 { $count } 个字段需要处理：
form-atMostChars = 最多 { $count } 个字符。
ops-sentNote = 已发送。修改内容后才能再次发送。
ops-errorDetails = 技术详情
ops-refreshed = 表单现在显示的是这次更改之后的设置。
ops-outdatedLoaded = 显示的当前设置属于另一个{ $fields }：请重新读取。
history-outcomeOk = 已完成
history-outcomeVendorError = 被服务商拒绝
history-outcomeFailed = 失败
history-outcomeRejected = 未发送
history-errorHint = 处理方法：{ $hint }
history-undoBlockedRead = 无需撤销：查询不会更改任何内容。
history-undoBlockedNotApplied = 无需撤销：这次调用没有更改任何内容。
history-undoBlockedSending = 收到应答后才能撤销。
history-undoBlockedNothingRead = 无法撤销：没能读取到这次更改之前的设置。
history-undoBlockedUndone = 已撤销（#{ $id }）。
history-sendAgainHelp = 打开按发送时内容填好的表单；发送前你会先检查一遍。

## --- desktop manners (issue 17) ---
app-operationsHeading = 修改{ $name }的设置

## Language menu (issue 18)
language-label = 语言

## Language switch: what the engine wrote is asked for again (issue 18, part 2)
ops-answerInHistory = 此次发送的结果以之前的语言显示，可在历史记录中查看。
# The checkbox that gives an optional group of fields a value (read by screen readers).
form-setGroup = 设置{ $field }

## Examples and names shown as they are (on i18n/allow-identical.txt)
app-name = Livedesk
check-domainExample = push.example.com

## --- date-time picker (issue 17): shown in the computer's time zone, sent in UTC ---
form-dateTimeZone = 你的时区：{ $zone }，UTC{ $offset }
form-dateTimeClear = 清除
