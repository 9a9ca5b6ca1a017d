# 阿里雲影片直播：導播台操作的語句（src-tauri/crates/livedesk-operations/src/ops/alibaba/）。

## common.rs

alibaba-list-join = { $list }、{ $item }
alibaba-note-custom-params = 轉碼包含自訂影片參數（CustomParams），此表單無法傳送：傳送後只保留輸出解析度和直播轉碼模板。
alibaba-note-on-demand = 已設定按需錄製（OnDemand { $mode }）；SetCasterConfig 沒有對應參數，因此不在此表單中。
alibaba-note-auto-switch-unreadable = 無法讀取自動切備播設定；此項留空。
alibaba-note-auto-switch-extra = 自動切備播包含此表單無法傳送的設定（{ $names }）。
alibaba-note-audio-mixer = 混音模式（{ $mode }）沒有對應的 SetCasterConfig 參數；此表單無法修改它。

## describe_casters.rs

alibaba-caster-idle = 閒置
alibaba-caster-streaming = 導播中
alibaba-caster-status = 狀態 { $status }
alibaba-caster-channels-on = 通道已開啟
alibaba-casters-none = 沒有符合條件的導播台。
alibaba-casters-count = { $count } 個導播台。
alibaba-casters-page = { $count } 個導播台；本頁顯示 { $shown } 個。

## describe_caster_config.rs

alibaba-studio-named = 導播台「{ $name }」（{ $id }）。
alibaba-studio = 導播台 { $id }。
alibaba-domain = 主播流網域：{ $domain }。
alibaba-domain-none = 主播流網域：無（沒有它導播台無法啟動）。
alibaba-transcoding = 轉碼：{ $template }。
alibaba-transcoding-plus = 轉碼：{ $template }，另加 { $live }。
alibaba-transcoding-none = 轉碼：無（沒有它導播台無法啟動）。
alibaba-recording-on = 錄製：開啟，錄製到儲存空間 { $bucket }，格式為 { $formats }。
alibaba-recording-no-bucket = （無）
alibaba-recording-off = 錄製：關閉。
alibaba-delay = 延時播放：{ $seconds } 秒。
alibaba-delay-off = 延時播放：關閉。
alibaba-auto-switch = 斷流自動切換備播：{ $state }。
alibaba-channels-on = 通道：開啟（之後無法再關閉）。
alibaba-channels-off = 通道：關閉。
alibaba-error-no-studio = 阿里雲在此地域中沒有導播台「{ $id }」。
alibaba-error-no-studio-hint = 請檢查導播台 ID（控制台的雲端導播台清單）以及帳號的地域。

## set_caster_config.rs

alibaba-set-done-named = 導播台「{ $name }」（{ $id }）現在使用您傳送的配置。
alibaba-set-done = 導播台 { $id } 現在使用您傳送的配置。
alibaba-set-cleared = 以下項目留空，現已清除：{ $fields }。
alibaba-set-effect = 導播台 { $id } 的配置將與下方完全一致：阿里雲會取代全部配置。
alibaba-set-effect-cleared = 以下項目留空，傳送時將被清除：{ $fields }。
alibaba-error-channels-stay-on = 此導播台已開啟通道，阿里雲不允許再關閉通道。
alibaba-error-channels-stay-on-hint = 請將「通道」設為開啟，然後重新傳送。
alibaba-error-channels-need-stop = 只有在導播台停止時才能第一次開啟通道。
alibaba-error-channels-need-stop-hint = 請先停止導播台（或保持通道關閉），然後重新傳送。
alibaba-error-in-use = 導播台正在使用中，阿里雲暫時無法修改其配置。
alibaba-error-in-use-hint = 請停止導播台，或在其閒置時重試。
alibaba-error-no-domain = 阿里雲找不到主播流網域「{ $domain }」。
alibaba-error-no-domain-hint = 請檢查網域：它必須是已新增到此帳號的主播流網域。
