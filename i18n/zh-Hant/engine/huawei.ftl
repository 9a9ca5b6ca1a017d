# 華為雲視頻直播：操作顯示的文字（檢查、摘要、說明、選擇清單）。術語遵循 i18n/glossary/zh-Hant.toml。

## common.rs

huawei-backup-state = { $domain } 的主備流已{ $state ->
        [on] 開啟
       *[off] 關閉
    }。
huawei-backup-state-now = { $domain } 的主備流現已{ $state ->
        [on] 開啟
       *[off] 關閉
    }。
huawei-backup-on-means = 多個編碼器可以用同一個流名稱推流；正在播出的那一路中斷時，由下一路接替。
huawei-backup-off-means = 此網域的每個流名稱只接受一路串流。
huawei-unknown-domain = 華為雲在此項目中沒有推流網域「{ $domain }」。
huawei-unknown-domain-hint = 請核對推流網域，並確認帳號的項目和終端節點屬於新增該網域的區域。

## get_stream_backup.rs

huawei-backup-unsaid = 華為雲沒有說明 { $domain } 的主備流是否開啟。

## stream_backup.rs

huawei-backup-stays = { $domain } 的主備流維持{ $state ->
        [on] 開啟
       *[off] 關閉
    }（現在已經是{ $state ->
        [on] 開啟
       *[off] 關閉
    }）：不會有任何改變。
huawei-backup-will-be-now = { $domain } 的主備流將{ $state ->
        [on] 開啟
       *[off] 關閉
    }（目前：{ $now ->
        [on] 開啟
       *[off] 關閉
    }）。
huawei-backup-will-be = { $domain } 的主備流將{ $state ->
        [on] 開啟
       *[off] 關閉
    }。

## list_domains.rs

huawei-domains = { $count ->
        [0] 沒有直播網域。
       *[other] 共 { $count } 個直播網域。
    }
huawei-domain-line = { $name }：{ $kind }，{ $status }
huawei-domain-kind-push = 推流網域（編碼器向它推流）
huawei-domain-kind-pull = 播放網域（觀眾從這裡觀看）
huawei-domain-kind-unknown = 網域
huawei-domain-status-on = 使用中
huawei-domain-status-off = 已停用
huawei-domain-status-configuring = 設定中
huawei-domain-status-unknown = 狀態未知

## list_record_rules.rs

huawei-rules = { $count ->
        [0] 沒有錄製規則。
       *[other] 共 { $count } 條錄製規則。
    }
huawei-rule-line = { $domain }，應用 { $app }，{ $streams }：{ $kind }
huawei-rule-every-stream = 所有串流
huawei-rule-stream = 串流 { $stream }
huawei-rule-command = 命令錄製（由 Livedesk 開始和停止）
huawei-rule-continuous = 持續錄製（只要推流就錄製）
huawei-rule-plan = 計畫錄製（依排程錄製）
huawei-rule-on-demand = 按需錄製
huawei-rule-unknown = 錄製
huawei-rule-pick = 命令錄製，{ $streams }

## list_streams_online.rs

huawei-streams-online = { $count ->
        [0] 目前沒有串流推送到 { $domain }。
       *[other] 目前有 { $count } 路串流正在推送到 { $domain }。
    }
huawei-stream-since = { $stream }，自 { $since } 起
huawei-pushed = 正在推流
huawei-pushed-since = 自 { $since } 起正在推流

## record_control.rs

huawei-stream-label = { $domain } 上的 { $app }/{ $stream }
huawei-not-recording-not-pushed = { $stream } 沒有在錄製：它沒有在推流。
huawei-not-recording-stopped = { $stream } 沒有在錄製：錄製已於 { $time } 停止。
huawei-not-recording-hint = 沒有可停止的錄製。請核對網域、應用和串流。
huawei-cannot-stop-not-pushed = 無法停止 { $stream } 的錄製：它沒有在推流。
huawei-cannot-stop-stopped = 無法停止 { $stream } 的錄製：錄製已於 { $time } 停止。
huawei-will-stop = { $stream } 的錄製將停止（自 { $time } 起一直在錄製）。
huawei-will-stop-if-recording = 如果 { $stream } 正在錄製，錄製將停止（該串流正在推流；華為雲不會告知它是否在錄製）。
huawei-not-pushed = 無法錄製 { $stream }：它沒有在推流。
huawei-not-pushed-hint = 請啟動這路串流的編碼器，然後重新檢查。
huawei-cannot-start = 無法開始 { $stream } 的錄製：它沒有在推流。
huawei-recording-already = { $stream } 已經在錄製（自 { $time } 起）；再次開始不會有任何改變。
huawei-will-start-stopped = { $stream } 的錄製將開始（目前沒有在錄製：錄製已於 { $time } 停止）。
huawei-will-start = { $stream } 的錄製將開始（該串流正在推流；目前沒有由 Livedesk 發出的命令在錄製）。
huawei-too-soon = { $stream } 的錄製在 { $count } 秒前剛停止；超過 10 秒後，華為雲才會接受再次開始。
huawei-too-soon-hint = 請再等 { $count } 秒，然後重新檢查。
huawei-started = { $stream } 的錄製已開始。
huawei-started-note = 錄製會一直進行，直到您停止；如果串流中斷時間過長，錄製會停止，且不會自動重新開始。
huawei-stopped = { $stream } 的錄製已停止。
huawei-stopped-note = 如需再次錄製這路串流，請等待超過 10 秒後再開始。
huawei-no-rule = 華為雲表示該錄製不存在：沒有涵蓋 { $stream } 的命令錄製類型的錄製規則。
huawei-no-rule-hint = 請在華為雲視頻直播主控台中，為此網域和應用新增一條命令錄製類型的錄製規則（針對所有串流或這路串流），然後重試。
huawei-not-recorded = 華為雲表示該錄製不存在：{ $stream } 現在沒有透過命令在錄製，或者沒有涵蓋它的命令錄製類型的錄製規則。
huawei-not-recorded-hint = 請確認錄製是透過命令開始的，並且仍在進行（串流中斷時間過長時，錄製會自行停止）。
huawei-restart-refused = 華為雲拒絕開始錄製 { $stream }：它停止還不到 10 秒。
huawei-restart-refused-hint = 停止錄製後請等待超過 10 秒，再開始錄製同一路串流。
huawei-start-needs-push-hint = 只有在串流正在推送到 { $domain } 時才能開始錄製：請確認編碼器正在推流，然後重試。
