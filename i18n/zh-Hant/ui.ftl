# Livedesk 介面，繁體中文。術語見 i18n/glossary/zh-Hant.toml。

## Accounts, forms, operations
app-tagline = 在你使用的每個直播服務上，安全地修改直播頻道。
accounts-heading = 帳號
accounts-add = 新增帳號
accounts-addPractice = 新增練習帳號
accounts-empty = 還沒有帳號。新增一個直播服務商的登入資訊，即可開始修改頻道設定。
accounts-pickVendor = 這是哪個服務的登入資訊？
accounts-practice = 練習 — 內建沙盒
accounts-edit = 編輯
accounts-delete = 刪除
accounts-secretSet = 已設定
accounts-new = 新的{ $vendor }帳號
accounts-editTitle = 編輯「{ $name }」
accounts-secretNote =
    金鑰只儲存在這台電腦的{ $platform ->
        [macos] 鑰匙圈
        [windows] 認證管理員
       *[linux] 金鑰圈
    }中，之後不會再顯示。
accounts-save = 儲存帳號
accounts-saving = 正在儲存…
accounts-keepHint = 已設定 — 輸入即可取代
accounts-keepHintLast4 = 已設定（…{ $last4 }）— 輸入即可取代
accounts-confirmDelete = 刪除「{ $name }」？
accounts-confirmDeletePractice = 將移除這個練習帳號。你可以隨時重新新增練習帳號。
accounts-confirmDeleteReal =
    它的設定會被移除，金鑰也會從{ $platform ->
        [macos] 鑰匙圈
        [windows] 認證管理員
       *[linux] 金鑰圈
    }中刪除。此動作無法還原。
accounts-deleteYes = 刪除「{ $name }」
accounts-deleteNo = 保留
check-button = 檢測連線
check-domain = 要查詢的推流域名（選填）
check-run = 檢測
check-again = 重新檢測
check-running = 正在檢測…
check-vendorCode = 服務商代碼：{ $code }
common-cancel = 取消
common-optional = 選填
common-notSet = — 未設定 —
common-choose = — 請選擇 —
common-remove = 移除
common-addEntry = 新增{ $item }
common-atMost = （最多 { $count } 項）
common-cannotChange = （無法變更）
accounts-changeSettings = 修改設定
ops-back = ← 帳號
ops-for = 帳號：{ $name }
ops-pick = 你想修改什麼？
ops-lookUp = 查詢目前設定：
ops-fetch = 查詢
ops-review = 檢查
ops-send = 傳送
ops-sending = 正在傳送…
ops-reviewHeading = 傳送後會發生什麼
ops-signing = 簽章方式
ops-copyCurl = 複製為 curl 指令
ops-copied = 已複製
ops-curlHeading = curl 指令（金鑰以預留位置代替）
ops-resultHeading = 已完成
ops-requestId = 服務商請求 ID：{ $id }
ops-vendorCode = 服務商代碼：{ $code }
ops-retryIn = { $seconds } 秒後可以再次傳送。
ops-noOps = 這個服務商暫時沒有可用的操作。
ops-loadCurrent = 讀取目前設定
ops-loading = 正在讀取…
ops-keysFirst = 請先填寫{ $fields }。
ops-currentLoaded = 已讀取目前設定
ops-diffHeading = 將要變更的內容
ops-noChange = 與已讀取的設定相比，沒有任何變更。
ops-cleared = 將被清空
ops-undoing = 還原歷史記錄第 #{ $id } 筆：恢復那次變更之前讀取到的設定。
ops-stale = 自你讀取以來，這些設定已被其他人修改。請重新讀取目前設定，或選擇「仍然傳送」覆寫它們。
ops-sendAnyway = 仍然傳送

## Review and result (issue #16: effects, refusals, technical details)
review-technical = 技術詳細資料
review-nothingSent = 在此情況解除之前，不會傳送任何內容。
review-refusal-channelNotPublishing = 頻道沒有收到推流
review-refusal-notRecording = 這路串流沒有在錄製
review-refusal-streamNotPushed = 這路串流沒有在推流
review-refusal-tooSoon = 距離停止的時間太短
picker-choose = 從帳號中選擇{ $field }
picker-none = — 找不到 —
picker-failed = 無法讀取清單。
history-button = 歷史記錄
history-heading = 歷史記錄
history-empty = 還沒有呼叫記錄。
history-search = 搜尋
history-searchPlaceholder = 摘要、操作、帳號或請求 ID 中的文字
history-allAccounts = 所有帳號
history-retention = 保留
history-maxEntries = 筆呼叫以內
history-maxAge = 天以內
history-saveRetention = 儲存
history-removed = 已移除 { $count } 筆較舊的呼叫。
history-sendAgain = 再次傳送
history-undo = 還原
history-undone = 已由 #{ $id } 還原
history-undoOf = 還原 #{ $id }
history-outcomeSending = 正在傳送
history-outcomeUnknown = 結果不明（收到回應前 Livedesk 已關閉）

## Keys bound to where they were entered (security)
accounts-movedNote = 你修改了位址。Livedesk 只會把金鑰傳送到輸入它們時的位址：除非新位址是服務商自己的位址，否則請同時重新輸入金鑰。
error-unexpectedHint = 請重試；如果問題持續發生，請重新啟動 Livedesk。

## Flow: the form's errors, fresh state after a send, History in plain words (#16, #17).
form-needAttention = 有 { $count } 個欄位需要處理：
form-atMostChars = 最多 { $count } 個字元。
ops-sentNote = 已傳送。修改內容後才能再次傳送。
ops-errorDetails = 技術詳細資料
ops-refreshed = 表單現在顯示的是這次變更之後的設定。
ops-outdatedLoaded = 顯示的目前設定屬於另一個{ $fields }：請重新讀取。
history-outcomeOk = 已完成
history-outcomeVendorError = 被服務商拒絕
history-outcomeFailed = 失敗
history-outcomeRejected = 未傳送
history-errorHint = 處理方式：{ $hint }
history-undoBlockedRead = 無需還原：查詢不會變更任何內容。
history-undoBlockedNotApplied = 無需還原：這次呼叫沒有變更任何內容。
history-undoBlockedSending = 收到回應後才能還原。
history-undoBlockedNothingRead = 無法還原：沒能讀取到這次變更之前的設定。
history-undoBlockedUndone = 已還原（#{ $id }）。
history-sendAgainHelp = 開啟按傳送時內容填好的表單；傳送前你會先檢查一遍。

## --- desktop manners (issue 17) ---
app-operationsHeading = 修改{ $name }的設定

## Language menu (issue 18)
language-label = 語言

## Language switch: what the engine wrote is asked for again (issue 18, part 2)
ops-answerInHistory = 此次傳送的結果以先前的語言顯示，可在歷史記錄中查看。
# The checkbox that gives an optional group of fields a value (read by screen readers).
form-setGroup = 設定{ $field }

## Examples and names shown as they are (on i18n/allow-identical.txt)
app-name = Livedesk
check-domainExample = push.example.com

## --- date-time picker (issue 17): shown in the computer's time zone, sent in UTC ---
form-dateTimeZone = 你的時區：{ $zone }，UTC{ $offset }
form-dateTimeClear = 清除
