# 华为云视频直播：操作显示的文字（检查、摘要、说明、选择列表）。术语遵循 i18n/glossary/zh-Hans.toml。

## common.rs

huawei-backup-state = { $domain } 的主备流已{ $state ->
        [on] 开启
       *[off] 关闭
    }。
huawei-backup-state-now = { $domain } 的主备流现已{ $state ->
        [on] 开启
       *[off] 关闭
    }。
huawei-backup-on-means = 多个编码器可以用同一个流名称推流；正在播出的那一路中断时，由下一路接替。
huawei-backup-off-means = 此域名的每个流名称只接受一路流。
huawei-unknown-domain = 华为云在此项目中没有推流域名“{ $domain }”。
huawei-unknown-domain-hint = 请核对推流域名，并确认账号的项目和终端节点属于添加该域名的区域。

## get_stream_backup.rs

huawei-backup-unsaid = 华为云没有说明 { $domain } 的主备流是否开启。

## stream_backup.rs

huawei-backup-stays = { $domain } 的主备流保持{ $state ->
        [on] 开启
       *[off] 关闭
    }（现在已经是{ $state ->
        [on] 开启
       *[off] 关闭
    }）：不会有任何改变。
huawei-backup-will-be-now = { $domain } 的主备流将{ $state ->
        [on] 开启
       *[off] 关闭
    }（当前：{ $now ->
        [on] 开启
       *[off] 关闭
    }）。
huawei-backup-will-be = { $domain } 的主备流将{ $state ->
        [on] 开启
       *[off] 关闭
    }。

## list_domains.rs

huawei-domains = { $count ->
        [0] 没有直播域名。
       *[other] 共 { $count } 个直播域名。
    }
huawei-domain-line = { $name }：{ $kind }，{ $status }
huawei-domain-kind-push = 推流域名（编码器向它推流）
huawei-domain-kind-pull = 播放域名（观众从这里观看）
huawei-domain-kind-unknown = 域名
huawei-domain-status-on = 使用中
huawei-domain-status-off = 已停用
huawei-domain-status-configuring = 配置中
huawei-domain-status-unknown = 状态未知

## list_record_rules.rs

huawei-rules = { $count ->
        [0] 没有录制规则。
       *[other] 共 { $count } 条录制规则。
    }
huawei-rule-line = { $domain }，应用 { $app }，{ $streams }：{ $kind }
huawei-rule-every-stream = 所有流
huawei-rule-stream = 流 { $stream }
huawei-rule-command = 命令录制（由 Livedesk 开始和停止）
huawei-rule-continuous = 持续录制（只要推流就录制）
huawei-rule-plan = 计划录制（按计划时间录制）
huawei-rule-on-demand = 按需录制
huawei-rule-unknown = 录制
huawei-rule-pick = 命令录制，{ $streams }

## list_streams_online.rs

huawei-streams-online = { $count ->
        [0] 现在没有流推送到 { $domain }。
       *[other] 现在有 { $count } 路流正在推送到 { $domain }。
    }
huawei-stream-since = { $stream }，自 { $since } 起
huawei-pushed = 正在推流
huawei-pushed-since = 自 { $since } 起正在推流

## record_control.rs

huawei-stream-label = { $domain } 上的 { $app }/{ $stream }
huawei-not-recording-not-pushed = { $stream } 没有在录制：它没有在推流。
huawei-not-recording-stopped = { $stream } 没有在录制：录制已于 { $time } 停止。
huawei-not-recording-hint = 没有可停止的录制。请核对域名、应用和流。
huawei-cannot-stop-not-pushed = 无法停止 { $stream } 的录制：它没有在推流。
huawei-cannot-stop-stopped = 无法停止 { $stream } 的录制：录制已于 { $time } 停止。
huawei-will-stop = { $stream } 的录制将停止（自 { $time } 起一直在录制）。
huawei-will-stop-if-recording = 如果 { $stream } 正在录制，录制将停止（该流正在推流；华为云不会告知它是否在录制）。
huawei-not-pushed = 无法录制 { $stream }：它没有在推流。
huawei-not-pushed-hint = 请启动这路流的编码器，然后重新检查。
huawei-cannot-start = 无法开始 { $stream } 的录制：它没有在推流。
huawei-recording-already = { $stream } 已经在录制（自 { $time } 起）；再次开始不会有任何改变。
huawei-will-start-stopped = { $stream } 的录制将开始（当前没有在录制：录制已于 { $time } 停止）。
huawei-will-start = { $stream } 的录制将开始（该流正在推流；目前没有由 Livedesk 发出的命令在录制）。
huawei-too-soon = { $stream } 的录制在 { $count } 秒前刚停止；超过 10 秒后，华为云才会接受再次开始。
huawei-too-soon-hint = 请再等 { $count } 秒，然后重新检查。
huawei-started = { $stream } 的录制已开始。
huawei-started-note = 录制会一直进行，直到您停止；如果流中断时间过长，录制会停止，且不会自动重新开始。
huawei-stopped = { $stream } 的录制已停止。
huawei-stopped-note = 如需再次录制这路流，请等待超过 10 秒后再开始。
huawei-no-rule = 华为云表示该录制不存在：没有覆盖 { $stream } 的命令录制类型的录制规则。
huawei-no-rule-hint = 请在华为云视频直播控制台中，为此域名和应用添加一条命令录制类型的录制规则（针对所有流或这路流），然后重试。
huawei-not-recorded = 华为云表示该录制不存在：{ $stream } 现在没有通过命令在录制，或者没有覆盖它的命令录制类型的录制规则。
huawei-not-recorded-hint = 请确认录制是通过命令开始的，并且仍在进行（流中断时间过长时，录制会自行停止）。
huawei-restart-refused = 华为云拒绝开始录制 { $stream }：它停止还不到 10 秒。
huawei-restart-refused-hint = 停止录制后请等待超过 10 秒，再开始录制同一路流。
huawei-start-needs-push-hint = 只有在流正在推送到 { $domain } 时才能开始录制：请确认编码器正在推流，然后重试。
