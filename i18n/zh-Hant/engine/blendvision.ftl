# BlendVision One: the engine's sentences (summaries, effects, checks, explanations).

## common.rs

blendvision-status-wait-for-preview = 等待預覽
blendvision-status-live = 直播中
blendvision-status-live-end = 已結束
blendvision-status-vod = 可作為影片觀看
blendvision-status-preparing = 準備中
blendvision-status-scheduled = 已排程
blendvision-status-initiating = 啟動中
blendvision-status-preview = 預覽中
blendvision-status-encoding = 正在編碼影片
blendvision-status-vod-ready = 影片已就緒
blendvision-status-closed = 已關閉
blendvision-status-canceling = 取消中
blendvision-status-archiving = 封存中
blendvision-status-archived = 已封存
blendvision-status-fail-to-create = 建立失敗
blendvision-status-fail-to-preview = 預覽失敗
blendvision-status-fail-to-end = 結束失敗
blendvision-status-fail-to-vod = 產生影片失敗
blendvision-status-fail-to-cancel = 取消失敗
blendvision-status-fail-to-archive = 封存失敗
blendvision-resolution-hd = 高畫質（HD，720p）
blendvision-resolution-fhd = 全高畫質（FHD，1080p）
blendvision-resolution-4k = 超高畫質（4K，2160p）
blendvision-state-status = 狀態：{ $status }。
blendvision-state-privacy-token-limit = 內容可見性：觀眾需要 Token 或通行碼（每個最多 { $limit } 台裝置）。
blendvision-state-privacy-token = 內容可見性：觀眾需要 Token 或通行碼（不限裝置數）。
blendvision-state-privacy-public = 內容可見性：公開，任何人都可以觀看。
blendvision-state-watermark = 浮水印：{ $state }。
blendvision-state-chatroom = 直播期間的聊天室：{ $state }。
blendvision-state-download = 儲存供下載：{ $state }。
blendvision-unknown-live = BlendVision One 在此組織中沒有 ID 為「{ $id }」的直播。
blendvision-unknown-live-hint = 請檢查直播 ID（該直播可能已被刪除），以及帳號所屬的組織是否就是該直播所在的組織。

## get_live.rs

blendvision-live-named = 直播「{ $name }」（{ $id }）。
blendvision-live = 直播 { $id }。
blendvision-resolution = 解析度：{ $resolution }。

## list_lives.rs

blendvision-live-detail = { $status }，{ $resolution }
blendvision-lives-none = 沒有符合條件的直播。
blendvision-lives-page = 共 { $count } 個直播；本頁顯示 { $shown } 個。
blendvision-lives-count = 共 { $count } 個直播。

## update_live.rs

blendvision-check-vod-order = 開放觀看截止時間必須晚於開放觀看起始時間。
blendvision-check-message-ttl = 訊息保留時長必須在 { $min }s 到 { $max }s 之間。
blendvision-check-batch-window = 訊息批次傳送間隔必須在 { $min }s 到 { $max }s 之間。
blendvision-effect-live-now = 直播「{ $name }」現在{ $status }：觀眾會立即看到這些變更。
blendvision-effect-not-live = 直播「{ $name }」現在的狀態是{ $status }：變更從現在起對它生效。
blendvision-updated-named = 直播「{ $name }」（{ $id }）已更新。
blendvision-updated = 直播 { $id } 已更新。
blendvision-current-no-security = BlendVision One 沒有傳回該直播的安全性設定；傳送前請先填寫。
blendvision-immutable = BlendVision One 不接受「{ $field }」：它在建立直播時即已固定，無法變更。
blendvision-immutable-hint = 請不要填寫「{ $field }」，或傳送它目前的值。
