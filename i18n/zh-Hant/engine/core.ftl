# The engine core's own sentences (livedesk-core). Ids: core-…

## error.rs
core-internal = Livedesk 遇到了非預期的問題：{ $problem }
core-hint-correct-field = 請修正「{ $field }」後再試一次。
core-hint-internal = 沒有傳送任何內容。請再試一次；如果問題持續發生，請重新啟動 Livedesk。

## history.rs
core-interrupted = Livedesk 關閉時，對 { $name } 的「{ $operation }」變更正在傳送。請載入目前的設定，確認是否已套用。
core-interrupted-hint = 歷史記錄第 { $entry } 筆顯示了傳送的內容。
core-interrupted-hint-undo = 歷史記錄第 { $entry } 筆顯示了傳送的內容。如果它已套用但不應套用，可用該筆的「還原」放回傳送前讀取的設定。

## storage.rs
core-settings-damaged = Livedesk 的設定檔已損毀，已另存為 { $backup }。
core-settings-damaged-hint = Livedesk 已以空白設定啟動。您的金鑰仍在鑰匙圈中：請重新新增帳號，或將損毀的檔案傳送給技術支援。
core-settings-unreadable = Livedesk 無法讀取設定檔 { $path }：{ $problem }
core-settings-unreadable-hint = 請檢查 Livedesk 資料夾的權限，然後重新啟動 Livedesk。
core-history-damaged = 呼叫歷史記錄已損毀（{ $reason }），已另存為 { $backup }。
core-history-damaged-hint = 已建立一份新的空白歷史記錄。帳號、金鑰和草稿不受影響。
core-history-in-memory-hint = { $hint } 在 Livedesk 關閉前，這次的呼叫仍會列在歷史記錄中。

## calls.rs
core-already-sending = 這項變更正在傳送中。
core-already-sending-hint = 請等到收到回應後再重新傳送。
core-changed-since-loaded = 自讀取以來，這些設定已在別處被修改。未傳送任何內容。
core-changed-since-loaded-hint = 請重新讀取目前設定，核對你的變更後再傳送。

## engine.rs
core-history-unavailable = 無法使用呼叫歷史記錄。
core-history-unavailable-hint = 請重新啟動 Livedesk；仍然可以傳送呼叫。
core-at-least-one = 至少為 1（留空表示不限制）

## sealed.rs
core-stream-key-hidden = 此串流金鑰已隱藏，無法依顯示的內容送出。請重新讀取目前設定，或輸入金鑰。
