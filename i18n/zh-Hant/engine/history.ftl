# livedesk-history 的文字：呼叫歷史記錄無法使用的原因，以及該怎麼做。

## error.rs

history-unavailable = 無法開啟位於 { $path } 的呼叫歷史記錄：{ $reason }
history-set-aside-failed = 位於 { $path } 的呼叫歷史記錄已損毀（{ $reason }），且無法移到一旁：{ $problem }
history-fresh-failed = 已將損毀的檔案移到一旁（{ $backup }），但無法新建呼叫歷史記錄：{ $problem }
history-secret-in-entry = 此呼叫未儲存到歷史記錄：其 { $field } 包含帳號的某個密鑰
history-invalid-entry = 此呼叫未儲存到歷史記錄：{ $field }：{ $problem }
history-not-found = 歷史記錄項目 #{ $id } 不存在
history-not-undoable = 歷史記錄項目 #{ $id } 無法還原：{ $reason }
history-damaged = 呼叫歷史記錄已損毀：{ $problem }
history-storage = 無法讀取或寫入呼叫歷史記錄：{ $problem }
history-hint-unavailable = 請確認資料夾 { $folder } 存在、你可以寫入、磁碟未滿，且沒有其他 Livedesk 正在使用它；然後重新啟動 Livedesk。在此之前仍可進行呼叫，但不會保存在歷史記錄中。
history-hint-set-aside-failed = 請自行移動 { $path } 或重新命名（若需要其中的項目請妥善保存），確認其所在資料夾可以寫入，然後重新啟動 Livedesk。
history-hint-secret-in-entry = 呼叫本身已完成；只是省略了其歷史記錄項目，以免任何密鑰被寫入磁碟。請回報此問題：密鑰應該要被遮蔽。
history-hint-invalid-entry = 呼叫本身已完成；只是省略了其歷史記錄項目。請回報此問題。
history-hint-not-found = 它可能已依歷史記錄的保留設定（保留多少筆或多少天）被移除。
history-hint-not-undoable = 只有成功、且傳送前讀取過先前狀態的變更才能還原。你仍可以手動重新填寫表單。
history-hint-damaged = 請重新啟動 Livedesk：損毀的歷史記錄會被移到一旁（重新命名，而非刪除），並開始新的歷史記錄。
history-hint-storage = 請確認磁碟未滿且 Livedesk 的資料資料夾可以寫入，然後再試一次。

## store/open.rs

history-not-a-database = 它不是 SQLite 資料庫
history-corrupt = SQLite 回報它已損毀（{ $problem }）
history-wrong-layout = 它不具備 Livedesk 歷史記錄所需的結構（{ $problem }）
history-newer-version = 它由較新版本的 Livedesk 寫入（其結構描述比此版本新）
history-schema-not-updated = 無法將其結構描述更新到最新（{ $problem }）
history-integrity-problems = 完整性檢查發現問題（{ $problems }）
history-is-a-folder = 它是資料夾，不是檔案
history-read-only = 檔案為唯讀

## store/queries.rs

history-must-not-be-empty = 不能是空的
history-undo-of-missing = 歷史記錄項目 #{ $id } 不存在
history-already-complete = 歷史記錄項目 #{ $id } 已經完成
history-undo-not-succeeded = 呼叫未成功（{ $outcome }），因此沒有任何變更
history-undo-already = 它已由項目 #{ $id } 還原（若要重複，請在該項目上使用「再次傳送」）
history-undo-no-state = 此變更之前的狀態沒有被讀取，因此無法回復
