# NAVER Cloud Live Station：操作显示的文字（检查、摘要、说明）。术语遵循 i18n/glossary/zh-Hans.toml。

## common.rs

naver-status-creating = 创建中
naver-status-ready = 就绪，当前没有正在推流
naver-status-publishing = 正在推流
naver-status-stopped = 已停止
naver-status-force-block = 被 NAVER Cloud 强制停止
naver-status-deleted = 已退还
naver-status-reserved = 已预约推流
naver-status-unknown = 状态未知
naver-channel-name = “{ $name }”（{ $id }）
naver-unknown-channel = NAVER Cloud 在此账号和区域中没有频道“{ $channel }”。
naver-unknown-channel-hint = 请在 Live Station 控制台中核对频道 ID，并检查账号的区域。

## get_channel.rs

naver-channel-is = 频道 { $name } 的状态为 { $status }（{ $words }）。
naver-channel-only = 频道 { $name }。
naver-backup-on-air = 备流正在播出。
naver-main-on-air = 主流（主推流）正在播出。
naver-failover = 此频道的主备切换（主备冗余）已{ $state ->
        [on] 开启
       *[off] 关闭
    }。
naver-recording = 录制：{ $state ->
        [on] 开启
       *[off] 关闭
    }。
naver-dvr = 时移（DVR）：{ $state ->
        [on] 开启
       *[off] 关闭
    }。
naver-output-protocol = 输出协议：{ $protocol }。

## list_channels.rs

naver-channels-none = 没有符合条件的频道。
naver-channels-count = 共 { $count } 个频道。
naver-channels-page = 共 { $count } 个频道；本页显示 { $shown } 个。

naver-list-status = { $status }（{ $words }）
naver-list-status-backup = { $status }（{ $words }），备流正在播出
naver-list-status-main = { $status }（{ $words }），主流（主推流）正在播出
naver-list-status-unknown = 状态未知

## switch_stream.rs

naver-switched-backup = 频道 { $name } 现在播出的是备流。
naver-switched-main = 频道 { $name } 现在播出的是主流（主推流）。
naver-switched = NAVER Cloud 已切换频道 { $name } 的流。
naver-channel-status = 频道状态：{ $status }（{ $words }）。
naver-will-switch = 频道 { $name } 将切换到另一路流（主流或备流）。
naver-not-publishing = 频道 { $name } 的状态为 { $status }（{ $words }）：NAVER Cloud 只在频道处于 PUBLISHING（正在推流）状态时才能在主流和备流之间切换。
naver-not-publishing-hint = 请开始向频道推流，等到状态变为 PUBLISHING（正在推流）后，再重新检查。
naver-will-go-main = 频道 { $name } 将改为播出主流（当前播出：备流）。
naver-will-go-backup = 频道 { $name } 将改为播出备流（当前播出：主流）。
naver-viewers-stay = 观众仍留在频道中，只有信号源改变。
naver-switch-prefill-note = 此表单除频道外没有可预填的内容：每次发送都会切换到另一路流，再次发送即切换回来。
naver-switch-refused = NAVER Cloud 只在频道处于 PUBLISHING（正在推流）状态时才能在主流和备流之间切换。
naver-switch-refused-now = NAVER Cloud 只在频道处于 PUBLISHING（正在推流）状态时才能在主流和备流之间切换。频道 { $name } 的状态为 { $status }（{ $words }）。
naver-switch-refused-hint = 请开始向频道推流，等到状态变为 PUBLISHING（正在推流）后再切换。
