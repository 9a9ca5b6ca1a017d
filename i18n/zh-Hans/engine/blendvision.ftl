# BlendVision One: the engine's sentences (summaries, effects, checks, explanations).

## common.rs

blendvision-status-wait-for-preview = 等待预览
blendvision-status-live = 直播中
blendvision-status-live-end = 已结束
blendvision-status-vod = 可作为视频观看
blendvision-status-preparing = 准备中
blendvision-status-scheduled = 已排程
blendvision-status-initiating = 启动中
blendvision-status-preview = 预览中
blendvision-status-encoding = 正在编码视频
blendvision-status-vod-ready = 视频已就绪
blendvision-status-closed = 已关闭
blendvision-status-canceling = 取消中
blendvision-status-archiving = 归档中
blendvision-status-archived = 已归档
blendvision-status-fail-to-create = 创建失败
blendvision-status-fail-to-preview = 预览失败
blendvision-status-fail-to-end = 结束失败
blendvision-status-fail-to-vod = 生成视频失败
blendvision-status-fail-to-cancel = 取消失败
blendvision-status-fail-to-archive = 归档失败
blendvision-resolution-hd = 高清（HD，720p）
blendvision-resolution-fhd = 全高清（FHD，1080p）
blendvision-resolution-4k = 超高清（4K，2160p）
blendvision-state-status = 状态：{ $status }。
blendvision-state-privacy-token-limit = 内容可见性：观众需要 Token 或通行码（每个最多 { $limit } 台设备）。
blendvision-state-privacy-token = 内容可见性：观众需要 Token 或通行码（不限设备数）。
blendvision-state-privacy-public = 内容可见性：公开，任何人都可以观看。
blendvision-state-watermark = 水印：{ $state }。
blendvision-state-chatroom = 直播期间的聊天室：{ $state }。
blendvision-state-download = 保存供下载：{ $state }。
blendvision-unknown-live = BlendVision One 在此组织中没有 ID 为“{ $id }”的直播。
blendvision-unknown-live-hint = 请检查直播 ID（该直播可能已被删除），以及账号所属的组织是否就是该直播所在的组织。

## get_live.rs

blendvision-live-named = 直播“{ $name }”（{ $id }）。
blendvision-live = 直播 { $id }。
blendvision-resolution = 分辨率：{ $resolution }。

## list_lives.rs

blendvision-live-detail = { $status }，{ $resolution }
blendvision-lives-none = 没有符合条件的直播。
blendvision-lives-page = 共 { $count } 个直播；本页显示 { $shown } 个。
blendvision-lives-count = 共 { $count } 个直播。

## update_live.rs

blendvision-check-vod-order = 开放观看截止时间必须晚于开放观看起始时间。
blendvision-check-message-ttl = 消息保留时长必须在 { $min }s 到 { $max }s 之间。
blendvision-check-batch-window = 消息批量发送间隔必须在 { $min }s 到 { $max }s 之间。
blendvision-effect-live-now = 直播“{ $name }”现在{ $status }：观众会立即看到这些更改。
blendvision-effect-not-live = 直播“{ $name }”现在的状态是{ $status }：更改从现在起对它生效。
blendvision-updated-named = 直播“{ $name }”（{ $id }）已更新。
blendvision-updated = 直播 { $id } 已更新。
blendvision-current-no-security = BlendVision One 没有返回该直播的安全设置；发送前请先填写。
blendvision-immutable = BlendVision One 不接受“{ $field }”：它在创建直播时即已确定，无法更改。
blendvision-immutable-hint = 请不要填写“{ $field }”，或发送它当前的值。
