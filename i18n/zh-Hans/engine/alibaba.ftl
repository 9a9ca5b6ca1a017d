# 阿里云视频直播：导播台操作的语句（src-tauri/crates/livedesk-operations/src/ops/alibaba/）。

## common.rs

alibaba-list-join = { $list }、{ $item }
alibaba-note-custom-params = 转码包含自定义视频参数（CustomParams），此表单无法发送：发送后只保留输出分辨率和直播转码模板。
alibaba-note-on-demand = 已设置按需录制（OnDemand { $mode }）；SetCasterConfig 没有对应参数，因此不在此表单中。
alibaba-note-auto-switch-unreadable = 无法读取自动切备播设置；此项留空。
alibaba-note-auto-switch-extra = 自动切备播包含此表单无法发送的设置（{ $names }）。
alibaba-note-audio-mixer = 混音模式（{ $mode }）没有对应的 SetCasterConfig 参数；此表单无法修改它。

## describe_casters.rs

alibaba-caster-idle = 空闲
alibaba-caster-streaming = 导播中
alibaba-caster-status = 状态 { $status }
alibaba-caster-channels-on = 通道已开启
alibaba-casters-none = 没有符合条件的导播台。
alibaba-casters-count = { $count } 个导播台。
alibaba-casters-page = { $count } 个导播台；本页显示 { $shown } 个。

## describe_caster_config.rs

alibaba-studio-named = 导播台“{ $name }”（{ $id }）。
alibaba-studio = 导播台 { $id }。
alibaba-domain = 主播流域名：{ $domain }。
alibaba-domain-none = 主播流域名：无（没有它导播台无法启动）。
alibaba-transcoding = 转码：{ $template }。
alibaba-transcoding-plus = 转码：{ $template }，另加 { $live }。
alibaba-transcoding-none = 转码：无（没有它导播台无法启动）。
alibaba-recording-on = 录制：开启，录制到存储空间 { $bucket }，格式为 { $formats }。
alibaba-recording-no-bucket = （无）
alibaba-recording-off = 录制：关闭。
alibaba-delay = 延时播放：{ $seconds } 秒。
alibaba-delay-off = 延时播放：关闭。
alibaba-auto-switch = 断流自动切换备播：{ $state }。
alibaba-channels-on = 通道：开启（之后无法再关闭）。
alibaba-channels-off = 通道：关闭。
alibaba-error-no-studio = 阿里云在此地域中没有导播台“{ $id }”。
alibaba-error-no-studio-hint = 请检查导播台 ID（控制台的云导播台列表）以及账号的地域。

## set_caster_config.rs

alibaba-set-done-named = 导播台“{ $name }”（{ $id }）现在使用您发送的配置。
alibaba-set-done = 导播台 { $id } 现在使用您发送的配置。
alibaba-set-cleared = 以下项目留空，现已清除：{ $fields }。
alibaba-set-effect = 导播台 { $id } 的配置将与下方完全一致：阿里云会替换全部配置。
alibaba-set-effect-cleared = 以下项目留空，发送时将被清除：{ $fields }。
alibaba-error-channels-stay-on = 此导播台已开启通道，阿里云不允许再关闭通道。
alibaba-error-channels-stay-on-hint = 请将“通道”设为开启，然后重新发送。
alibaba-error-channels-need-stop = 只有在导播台停止时才能首次开启通道。
alibaba-error-channels-need-stop-hint = 请先停止导播台（或保持通道关闭），然后重新发送。
alibaba-error-in-use = 导播台正在使用中，阿里云暂时无法修改其配置。
alibaba-error-in-use-hint = 请停止导播台，或在其空闲时重试。
alibaba-error-no-domain = 阿里云找不到主播流域名“{ $domain }”。
alibaba-error-no-domain-hint = 请检查域名：它必须是已添加到此账号的主播流域名。
