# What livedesk-cli prints (livedesk-cli/src). Ids: cli-…

## accounts.rs
cli-no-data-dir = 无法确定 Livedesk 的数据存放位置；请使用 --data-dir 指定
cli-not-private = 无法将 { $folder } 设为私有：{ $problem }
cli-unknown-vendor = --vendor：“{ $vendor }”不是 huawei、naver、blendvision、alibaba 中的任何一个服务商
cli-set-expected-pair = --set { $pair }：应为 字段=值（FIELD=VALUE）
cli-set-secret = --set { $field }：密钥只从标准输入读取，绝不从命令行读取
cli-secrets-not-json = 标准输入：应为包含密钥字段的 JSON 对象，例如 {"{"}"access_key": "…"{"}"}
cli-prompt = { $field }：
cli-prompt-keep = { $field }（按 Enter 保留）：
cli-prompt-optional = { $field }（可选，按 Enter 跳过）：
cli-account-saved = 已保存 { $name }（{ $endpoint }）
cli-settings-set-aside = 设置文件已损坏；已另存为 { $backup }，Livedesk 将从空白设置开始（密钥仍在钥匙串中）。
cli-no-accounts = 还没有账号。
cli-secret-set = 已设置
cli-practice = 练习
cli-account-added = 已添加 { $name }（{ $id }）
cli-practice-exist = 每个服务商都已有练习账号。
cli-no-such-account = 没有名称或 ID 为“{ $account }”的账号
cli-remove-needs-yes = 不在终端中运行时，移除需要加上 --yes
cli-remove-confirm = 要从钥匙串中删除“{ $name }”及其密钥吗？[y/N]
cli-kept = 已保留。
cli-account-removed = 已移除 { $name }
cli-settings-file = 设置文件：{ $problem }

## history.rs
cli-history-set-aside = 历史记录已损坏（{ $reason }）；已另存为 { $backup }。
cli-no-such-account-option = --account：没有名称或 ID 为“{ $account }”的账号
cli-no-calls = 还没有记录任何调用。
cli-outcome-ok = 成功
cli-outcome-vendor-error = 服务商报错
cli-outcome-failed = 失败
cli-outcome-rejected = 已拒绝
cli-outcome-sending = 发送中
cli-outcome-unknown = 结果未知

## call.rs
cli-vendor-code = 服务商错误码：{ $code }
cli-request-id = 请求 ID：{ $id }
cli-input-not-json = --input：不是有效的 JSON（{ $problem }）
cli-call-history-set-aside = 调用历史记录已损坏（{ $reason }）；已另存为 { $backup }，并新建了一份。
cli-call-history-unavailable = 调用历史记录不可用（{ $problem }）；本次调用不会被记录。
cli-sandbox-failed = 练习沙盒无法启动：{ $problem }
cli-review-warning = 警告：{ $warning }
cli-review-refused = 此请求会被拒绝；不会发送任何内容：
cli-review-effects = 发送后会发生什么：
cli-review-changes = 与当前设置相比的更改：
cli-review-no-changes = 无
cli-review-technical = 技术详情：
cli-review-curl = curl 命令：

## sandbox.rs
cli-sandbox-listening = Livedesk 服务商沙盒正在 { $url } 监听
    请将它用作下列每个服务商的终端节点（按 Ctrl-C 停止）。
cli-sandbox-control = 控制接口（仅限本机）：{ $addresses }
cli-no-runtime = 无法启动异步运行时：{ $problem }
