# NAVER Cloud Live Station：操作顯示的文字（檢查、摘要、說明）。術語遵循 i18n/glossary/zh-Hant.toml。

## common.rs

naver-status-creating = 建立中
naver-status-ready = 就緒，目前沒有正在推流
naver-status-publishing = 正在推流
naver-status-stopped = 已停止
naver-status-force-block = 被 NAVER Cloud 強制停止
naver-status-deleted = 已退還
naver-status-reserved = 已預約推流
naver-status-unknown = 狀態未知
naver-channel-name = 「{ $name }」（{ $id }）
naver-unknown-channel = NAVER Cloud 在此帳號和區域中沒有頻道「{ $channel }」。
naver-unknown-channel-hint = 請在 Live Station 主控台中核對頻道 ID，並檢查帳號的區域。

## get_channel.rs

naver-channel-is = 頻道 { $name } 的狀態為 { $status }（{ $words }）。
naver-channel-only = 頻道 { $name }。
naver-backup-on-air = 備流正在播出。
naver-main-on-air = 主流（主推流）正在播出。
naver-failover = 此頻道的主備切換（主備備援）已{ $state ->
        [on] 開啟
       *[off] 關閉
    }。
naver-recording = 錄製：{ $state ->
        [on] 開啟
       *[off] 關閉
    }。
naver-dvr = 時移（DVR）：{ $state ->
        [on] 開啟
       *[off] 關閉
    }。
naver-output-protocol = 輸出協定：{ $protocol }。

## list_channels.rs

naver-channels-none = 沒有符合條件的頻道。
naver-channels-count = 共 { $count } 個頻道。
naver-channels-page = 共 { $count } 個頻道；本頁顯示 { $shown } 個。

naver-list-status = { $status }（{ $words }）
naver-list-status-backup = { $status }（{ $words }），備流正在播出
naver-list-status-main = { $status }（{ $words }），主流（主推流）正在播出
naver-list-status-unknown = 狀態未知

## switch_stream.rs

naver-switched-backup = 頻道 { $name } 現在播出的是備流。
naver-switched-main = 頻道 { $name } 現在播出的是主流（主推流）。
naver-switched = NAVER Cloud 已切換頻道 { $name } 的串流。
naver-channel-status = 頻道狀態：{ $status }（{ $words }）。
naver-will-switch = 頻道 { $name } 將切換到另一路串流（主流或備流）。
naver-not-publishing = 頻道 { $name } 的狀態為 { $status }（{ $words }）：NAVER Cloud 只在頻道處於 PUBLISHING（正在推流）狀態時才能在主流和備流之間切換。
naver-not-publishing-hint = 請開始向頻道推流，等到狀態變為 PUBLISHING（正在推流）後，再重新檢查。
naver-will-go-main = 頻道 { $name } 將改為播出主流（目前播出：備流）。
naver-will-go-backup = 頻道 { $name } 將改為播出備流（目前播出：主流）。
naver-viewers-stay = 觀眾仍留在頻道中，只有訊號來源改變。
naver-switch-prefill-note = 此表單除頻道外沒有可預填的內容：每次傳送都會切換到另一路串流，再次傳送即切換回來。
naver-switch-refused = NAVER Cloud 只在頻道處於 PUBLISHING（正在推流）狀態時才能在主流和備流之間切換。
naver-switch-refused-now = NAVER Cloud 只在頻道處於 PUBLISHING（正在推流）狀態時才能在主流和備流之間切換。頻道 { $name } 的狀態為 { $status }（{ $words }）。
naver-switch-refused-hint = 請開始向頻道推流，等到狀態變為 PUBLISHING（正在推流）後再切換。
