# The engine core's own sentences (livedesk-core). Ids: core-…

## error.rs
core-internal = Livedesk 遇到了意外问题：{ $problem }
core-hint-correct-field = 请更正“{ $field }”后重试。
core-hint-internal = 没有发送任何内容。请重试；如果问题一直出现，请重启 Livedesk。

## history.rs
core-interrupted = Livedesk 关闭时，对 { $name } 的“{ $operation }”更改正在发送。请加载当前设置，确认它是否已生效。
core-interrupted-hint = 历史记录第 { $entry } 条显示了发送的内容。
core-interrupted-hint-undo = 历史记录第 { $entry } 条显示了发送的内容。如果它已生效但不应生效，可用该条的“撤销”恢复发送前读取的设置。

## storage.rs
core-settings-damaged = Livedesk 的设置文件已损坏，已另存为 { $backup }。
core-settings-damaged-hint = Livedesk 已使用空白设置启动。您的密钥仍在钥匙串中：请重新添加账号，或将损坏的文件发送给技术支持。
core-settings-unreadable = Livedesk 无法读取设置文件 { $path }：{ $problem }
core-settings-unreadable-hint = 请检查 Livedesk 数据文件夹的权限，然后重启 Livedesk。
core-history-damaged = 调用历史记录已损坏（{ $reason }），已另存为 { $backup }。
core-history-damaged-hint = 已新建一份空白历史记录。账号、密钥和草稿不受影响。
core-history-in-memory-hint = { $hint } 在 Livedesk 关闭前，本次的调用仍会列在历史记录中。

## calls.rs
core-already-sending = 此更改正在发送中。
core-already-sending-hint = 请等待其回复后再重新发送。
core-changed-since-loaded = 自读取以来，这些设置已在别处被修改。未发送任何内容。
core-changed-since-loaded-hint = 请重新读取当前设置，核对你的更改后再发送。

## engine.rs
core-history-unavailable = 调用历史记录不可用。
core-history-unavailable-hint = 请重启 Livedesk；仍然可以发送调用。
core-at-least-one = 至少为 1（留空表示不限制）

## sealed.rs
core-stream-key-hidden = 此推流密钥已隐藏，无法按显示的内容发送。请重新读取当前设置，或输入密钥。
