# livedesk-operations 的共用文字：輸入問題、檢查時的句子、值的說法、清單、錯誤。
# 各操作自己的文字在 schema-<vendor>.ftl 和 <vendor>.ftl 中。

## validate.rs

operations-form-empty = 表單是空的：請填寫必填欄位。
operations-the-form = 表單
operations-must-be-group = { $title }必須是一組欄位。
operations-must-be-list = { $title }必須是清單。
operations-must-be-text = { $title }必須是文字。
operations-must-be-whole-number = { $title }必須是整數。
operations-must-be-number = { $title }必須是數字。
operations-must-be-on-off = { $title }必須是開或關（true 或 false）。
operations-required = { $title }為必填。
operations-not-a-field = 「{ $key }」不是此表單的欄位。
operations-condition = { $title }為{ $values }
operations-or = { $left }或{ $right }
operations-required-when = 當{ $condition }時，{ $title }為必填。
operations-only-used-when = { $title }僅在{ $condition }時使用；請留空。
operations-label-on = 開
operations-label-off = 關
operations-min-entries = { $title }至少需要 { $count } 項。
operations-max-entries = { $title }最多只能有 { $count } 項（目前有 { $given } 項）。
operations-entry-title = { $title }（第 { $n } 項）
operations-entry-empty = { $title }是空的：請填寫或移除。
operations-must-not-be-empty = { $title }不能是空的。
operations-min-chars = { $title }至少需要 { $min } 個字元。
operations-max-chars = { $title }最多 { $max } 個字元（目前有 { $given } 個）。
operations-pattern-problem = { $title }{ $hint }。
operations-pattern-other = 格式不符合要求
operations-must-be-date-time = { $title }必須是日期和時間，例如 2025-06-01T08:00:00Z。
operations-must-be-uri = { $title }必須是完整位址，例如 https://example.com/path。
operations-number-from-to = { $title }必須介於 { $min } 到 { $max } 之間（不能是 { $given }）。
operations-number-at-least = { $title }至少為 { $min }（不能是 { $given }）。
operations-number-at-most = { $title }最多為 { $max }（不能是 { $given }）。
operations-must-be-one-of = { $title }必須是以下之一：{ $choices }。
operations-quoted = 「{ $label }」
# 清單，每次加一項。
operations-list-next = { $list }、{ $next }
operations-and = { $list }和{ $last }

## schema.rs (x-pattern-hint：欄位的格式要求)

operations-pattern-no-spaces = 不能包含空格
operations-pattern-country-code = 必須是兩個大寫字母的國家代碼，例如 TW 或 JP
operations-pattern-rtmp-url = 必須是以 rtmp:// 開頭的 RTMP 位址
operations-pattern-rtmp-or-rtmps-url = 必須是以 rtmp:// 或 rtmps:// 開頭的位址
operations-pattern-http-url = 必須是以 http:// 或 https:// 開頭的位址
operations-pattern-seconds = 必須是秒數後加 s，例如 3600s 或 0.5s
operations-pattern-custom-id = 只能包含字母、數字、點、底線和連字號
operations-pattern-utc-seconds = 必須是精確到秒的 UTC 時間，例如 2025-06-01T08:00:00Z

## diff.rs

operations-not-set = 未設定
operations-on = 開
operations-off = 關
operations-entries = 項
operations-list-count = { $count } 個{ $title }
operations-settings-count = { $count } 項設定

## review.rs

operations-state-unread = 無法讀取目前狀態（{ $problem }），因此檢查時無法顯示目前正在直播的內容。
operations-nothing-changes = 沒有任何變更：表單中是已載入的設定。
operations-will-be-cleared = { $label }將被清除（目前：{ $old }）。
operations-will-be = { $label }將變為{ $new }（目前：{ $old }）。

## current.rs

operations-current-value-invalid = { $label }：{ $problem }目前的值無法原樣傳回；請在傳送前修正。
operations-fill-in-to-load = 請填寫{ $label }以載入目前的設定。
operations-offered-no-list = 沒有可選擇的清單
operations-offered-no-pages = 沒有可列出的頁面
operations-offered-no-field-list = 沒有可為此欄位選擇的清單
operations-offered-no-current = 沒有可載入的目前狀態

## list.rs

operations-list-item-detail = 「{ $name }」（{ $id }）：{ $detail }
operations-list-item = 「{ $name }」（{ $id }）

## request.rs

operations-signing-headers = 標頭 { $list }
operations-signing-query = 查詢參數 { $list }
operations-signing-note-none = 傳送時，Livedesk 會為請求簽名。
operations-signing-note = 傳送時，Livedesk 會加入{ $parts }。
operations-input-unusable = 無法將輸入內容轉換為請求。
operations-field-required = 此欄位為必填。
operations-account-no-project = 缺少：此操作需要項目ID

## operation.rs

operations-value-unreadable = 無法讀取此值；請檢查其類型。
operations-accepted = { $provider } 已接受請求。

## summary.rs

operations-clock-note-behind = 注意：你電腦的時鐘比 { $provider } 慢 { $count } 分鐘；請在請求因此失敗之前開啟「自動設定時間」。
operations-clock-note-ahead = 注意：你電腦的時鐘比 { $provider } 快 { $count } 分鐘；請在請求因此失敗之前開啟「自動設定時間」。
# 兩句話前後相接（中文之間不加空格）。
operations-then = { $first }{ $second }
operations-request-id-for-vendor = 提供給服務商技術支援的請求 ID：{ $id }。
operations-on-upper = 開
operations-off-upper = 關

## account.rs, lib.rs

operations-account-other-vendor = 此操作用於 { $provider }，但該帳號是 { $other } 帳號
operations-account-wrong-scheme = { $scheme } 不是 { $provider } 的簽名方式
operations-account-wrong-credentials = 該帳號儲存的是 { $held } 的憑證，而不是 { $provider } 的憑證
operations-account-no-project-region = 缺少：華為雲需要該區域的項目ID
operations-account-changed = 此呼叫是為其他帳號或其他帳號設定準備的；請重新準備

## error.rs

operations-unknown = 操作：沒有名為「{ $id }」的操作
operations-not-offered = 操作：「{ $id }」{ $what }
operations-field-problem = { $field }：{ $problem }
operations-field-problem-and-more = { $field }：{ $problem }（另有 { $count } 個問題）
operations-input-not-accepted = 輸入未被接受。
operations-hint-report = 這是 Livedesk 的問題，請回報。
operations-hint-correct-fields = 請修正標示的 { $count } 個欄位；未傳送任何內容。
operations-hint-correct-field = 請修正該欄位；未傳送任何內容。
operations-hint-check-account = 請檢查帳號設定；未傳送任何內容。
operations-hint-wait = 請再等候 { $count } 秒後重新傳送；未傳送任何內容。
operations-hint-refused = { $hint }未傳送任何內容。
