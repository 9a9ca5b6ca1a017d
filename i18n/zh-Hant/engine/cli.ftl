# What livedesk-cli prints (livedesk-cli/src). Ids: cli-…

## accounts.rs
cli-no-data-dir = 無法判斷 Livedesk 的資料存放位置；請用 --data-dir 指定
cli-not-private = 無法將 { $folder } 設為私人：{ $problem }
cli-unknown-vendor = --vendor：「{ $vendor }」不是 huawei、naver、blendvision、alibaba 中的任何一個服務商
cli-set-expected-pair = --set { $pair }：應為 欄位=值（FIELD=VALUE）
cli-set-secret = --set { $field }：金鑰只從標準輸入讀取，絕不從命令列讀取
cli-secrets-not-json = 標準輸入：應為包含金鑰欄位的 JSON 物件，例如 {"{"}"access_key": "…"{"}"}
cli-prompt = { $field }：
cli-prompt-keep = { $field }（按 Enter 保留）：
cli-prompt-optional = { $field }（選填，按 Enter 略過）：
cli-account-saved = 已儲存 { $name }（{ $endpoint }）
cli-settings-set-aside = 設定檔已損毀；已另存為 { $backup }，Livedesk 將從空白設定開始（金鑰仍在鑰匙圈中）。
cli-no-accounts = 還沒有帳號。
cli-secret-set = 已設定
cli-practice = 練習
cli-account-added = 已新增 { $name }（{ $id }）
cli-practice-exist = 每個服務商都已經有練習帳號。
cli-no-such-account = 沒有名稱或 ID 為「{ $account }」的帳號
cli-remove-needs-yes = 不在終端機中執行時，移除需要加上 --yes
cli-remove-confirm = 要從鑰匙圈中刪除「{ $name }」及其金鑰嗎？[y/N]
cli-kept = 已保留。
cli-account-removed = 已移除 { $name }
cli-settings-file = 設定檔：{ $problem }

## history.rs
cli-history-set-aside = 歷史記錄已損毀（{ $reason }）；已另存為 { $backup }。
cli-no-such-account-option = --account：沒有名稱或 ID 為「{ $account }」的帳號
cli-no-calls = 還沒有記錄任何呼叫。
cli-outcome-ok = 成功
cli-outcome-vendor-error = 服務商回報錯誤
cli-outcome-failed = 失敗
cli-outcome-rejected = 已拒絕
cli-outcome-sending = 傳送中
cli-outcome-unknown = 結果不明

## call.rs
cli-vendor-code = 服務商錯誤碼：{ $code }
cli-request-id = 請求 ID：{ $id }
cli-input-not-json = --input：不是有效的 JSON（{ $problem }）
cli-call-history-set-aside = 呼叫歷史記錄已損毀（{ $reason }）；已另存為 { $backup }，並建立了新的一份。
cli-call-history-unavailable = 無法使用呼叫歷史記錄（{ $problem }）；這次呼叫不會被記錄。
cli-sandbox-failed = 練習用沙盒無法啟動：{ $problem }
cli-review-warning = 警告：{ $warning }
cli-review-refused = 這項要求會被拒絕；不會傳送任何內容：
cli-review-effects = 傳送後會發生什麼：
cli-review-changes = 與目前設定相比的變更：
cli-review-no-changes = 無
cli-review-technical = 技術細節：
cli-review-curl = curl 指令：

## sandbox.rs
cli-sandbox-listening = Livedesk 服務商沙盒正在 { $url } 監聽
    請把它當作下列每個服務商的端點（按 Ctrl-C 停止）。
cli-sandbox-control = 控制介面（僅限本機）：{ $addresses }
cli-no-runtime = 無法啟動非同步執行環境：{ $problem }
