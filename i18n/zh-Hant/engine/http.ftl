# livedesk-http 的文字：服務商錯誤的說明、連線問題、「檢查連線」。

## vendor.rs

http-vendor-huawei = 華為雲
http-vendor-naver = NAVER Cloud
http-vendor-blendvision = BlendVision One
http-vendor-alibaba = 阿里雲

## vendor_error.rs

# 兩句話前後相接（中文之間不加空格）。
http-then = { $first }{ $second }
http-request-id-for-vendor = 提供給服務商技術支援的請求 ID：{ $id }。
http-vendor-said = { $provider } 回傳的訊息：「{ $message }」
http-unreadable-server-error = { $provider } 端發生問題（HTTP { $status }），無法讀取其回應。
http-unreadable-rate-limited = { $provider } 目前收到此帳號的請求過多（HTTP { $status }）。
http-unreadable-other = { $provider } 拒絕了請求（HTTP { $status }），但其回應不是 { $provider } 慣用的錯誤格式，Livedesk 無法判斷原因。
http-hint-try-in-minutes = 請幾分鐘後再試一次。
http-hint-wait-a-minute = 請等候一分鐘後再試一次。
http-hint-check-endpoint-proxy = 請確認終端節點是服務商的 API 位址（可能是 Proxy 或登入入口網頁代為回應），然後再試一次。
http-clock-behind = 慢了 { $count } 分鐘
http-clock-ahead = 快了 { $count } 分鐘
http-clock-agrees-but-refused = { $provider } 拒絕了請求的時間，但你電腦的時鐘與 { $provider } 的時鐘相差不到一分鐘。
http-clock-off-refused = 你電腦的時鐘{ $clock }，因此 { $provider } 拒絕了請求。
http-clock-seems-wrong = 你電腦的時鐘似乎不準確：{ $provider } 拒絕了請求的時間。
http-hint-clock = 請在系統設定中開啟「自動設定時間」，然後再試一次。
http-wrong-key-project = { $provider } 不接受此項目的金鑰。
http-hint-wrong-key-project = 請檢查項目ID：必須是此區域的項目ID，可在華為雲主控台的「我的憑證」中找到。
http-wrong-key-unknown-id = { $provider } 無法辨識此 AccessKey ID。
http-hint-wrong-key-unknown-id = 請在帳號設定中檢查 AccessKey ID。若使用臨時（STS）憑證，請重新取得：它們可能已過期。
http-wrong-key-disabled = 此 AccessKey 在 { $provider } 中已停用。
http-hint-wrong-key-disabled = 請在 RAM 主控台中啟用該 AccessKey，或輸入其他 AccessKey。
http-wrong-organisation = API Token 不屬於為 { $provider } 填寫的組織。
http-hint-wrong-organisation = 請在帳號設定中檢查組織 ID：必須是建立該 API Token 的組織。
http-read-only = 金鑰有效，但在 { $provider } 中只能讀取，無法變更。
http-ip-not-allowed = { $provider } 不接受來自此電腦網路位址的請求。
http-hint-ip-not-allowed = 請帳號管理員允許你的 IP 位址存取 API，或從允許的網路連線。
http-region-not-available = 此帳號在所選的 { $provider } 區域中無法使用該服務。
http-hint-check-region = 請在帳號設定中檢查區域。
http-no-permission = 金鑰有效，但在 { $provider } 中沒有執行此操作的權限。
http-api-not-found = 此位址並未指向 Livedesk 已知的 { $provider } API。
http-hint-check-endpoint-region = 請在帳號設定中檢查終端節點和區域。
http-not-found = { $provider } 找不到請求中指定的對象。
http-hint-not-found = 請檢查 ID 或名稱：它可能已被刪除，或屬於其他區域、項目或帳號。
http-precondition-failed = { $provider } 目前無法執行此操作。
http-hint-precondition-failed = 請檢查目前狀態（例如串流或導播台是否正在直播），然後再試一次。
http-region-not-supported = { $provider } 不支援所填寫的區域。
http-nonce-used = 請求重複使用了先前請求的一次性值（nonce），因此 { $provider } 拒絕了請求。
http-hint-nonce-used = 請再試一次：每次嘗試都會使用新的 nonce。若問題持續發生，請回報。
http-signature-format = { $provider } 不接受請求簽名的格式。
http-hint-report = 這是 Livedesk 的問題，請回報。
http-invalid-field = { $provider } 不接受 { $field } 的值。
http-hint-correct-field = 請修正 { $field } 後再試一次。
http-invalid-value = { $provider } 不接受請求中的某個值。
http-hint-check-values = 請檢查輸入的值後再試一次。
http-rate-limited = { $provider } 目前收到此帳號的請求過多。
http-server-error = { $provider } 端發生問題。
http-hint-server-error = 請幾分鐘後再試一次。若問題持續發生，請查看服務商的狀態頁面。
http-refused = { $provider } 拒絕了請求。
http-hint-check-settings = 請檢查各項值與設定後再試一次。
http-wrong-key-huawei = 華為雲不接受此金鑰。
http-hint-wrong-key-huawei = 請在帳號設定中檢查訪問密鑰（AK）和私有訪問密鑰（SK）：兩者必須是同一組。多次失敗後華為雲會將金鑰鎖定 5 分鐘，請修正後再試。
http-wrong-key-naver = NAVER Cloud 不接受此金鑰。
http-hint-wrong-key-naver = 請檢查 Access Key ID 和 Secret Key（在 NAVER Cloud 主控台的「Manage Auth Key」中）：兩者必須是同一組。
http-wrong-key-alibaba = 阿里雲不接受此金鑰。
http-hint-wrong-key-alibaba = 請在帳號設定中檢查 AccessKey ID 和 AccessKey Secret：兩者必須是同一組。
http-wrong-key-blendvision = BlendVision One 不接受此 API Token。
http-hint-wrong-key-blendvision = 請在帳號設定中檢查 API Token，或在 BlendVision One 主控台中建立新的 Token：它可能已過期或被刪除。
http-hint-no-permission-huawei = 請帳號管理員為此 IAM 使用者授予直播權限（例如 Live FullAccess 策略）。
http-hint-no-permission-naver = 請主帳號為此子帳號授予 Live Station 權限，或使用具有該權限的金鑰。
http-hint-no-permission-alibaba = 請帳號管理員為此 RAM 使用者授予影片直播權限（例如 AliyunLiveFullAccess）。
http-hint-no-permission-blendvision = 請在 BlendVision One 主控台中建立可以進行此變更的 API Token（唯讀 Token 無法）並使用。
http-signature-other-request = { $provider } 以與 Livedesk 所簽署請求不同的請求來驗證簽名，因此拒絕了請求。
http-hint-signature-other-request = 此電腦與服務商之間的某個環節（如 Proxy）可能在修改請求，也可能是 Livedesk 的問題，請回報。

## error.rs

http-endpoint-invalid = 終端節點：{ $problem }
http-endpoint-not-https = 終端節點：必須透過 https:// 而非 http:// 連線到 { $host }
http-invalid-request = { $field }：{ $problem }
http-client-setup = 無法準備連線設定：{ $problem }
http-timeout = { $host } 在 { $seconds } 秒內沒有回應。
http-unreachable = 無法連線到 { $host }：{ $reason }。
http-connection-lost = 在收到回應之前，與 { $host } 的連線已中斷。
http-truncated = 來自 { $host } 的回應在完整接收前被截斷。
http-too-large = 來自 { $host } 的回應超過 { $size }，未讀取。
http-bad-response = { $provider } 傳回了 Livedesk 無法讀取的回應：{ $problem }。
http-reason-refused = 連線遭拒（該位址上沒有服務在接聽）
http-reason-name-not-found = 找不到伺服器名稱
http-reason-timed-out = 連線嘗試逾時
http-reason-tls = 無法建立安全（TLS）連線
http-reason-other = 網路連線失敗
http-hint-maybe-applied = 變更可能已生效，也可能沒有：再試一次前請先查看目前的設定。
http-hint-endpoint-invalid = 請輸入完整位址，例如 https://live.ap-southeast-3.myhuaweicloud.com。
http-hint-endpoint-not-https = 請使用以 https:// 開頭的位址。只有本機（例如沙盒）才允許使用 http://。
http-hint-invalid-request = 未傳送任何內容。這是 Livedesk 的問題，請回報。
http-hint-client-setup = 未傳送任何內容。請重新啟動 Livedesk；若問題持續發生，請回報。
http-hint-timeout = 請檢查網路連線後再試一次；服務目前可能較慢。
http-hint-tls = 請檢查終端節點位址。會檢查安全連線的公司網路也可能造成此問題，請洽詢 IT 部門。
http-hint-unreachable = 請檢查終端節點位址與網路連線（以及 Proxy 或防火牆），然後再試一次。
http-hint-connection-lost = 請再試一次。若問題持續發生，請檢查網路連線或 Proxy。
http-hint-too-large = 此請求不應出現這種情況。請再試一次；若問題持續發生，請確認終端節點是服務商的 API 位址。
http-hint-bad-response = 請再試一次。若問題持續發生，請確認終端節點是服務商的 API 位址（Proxy 或登入入口網頁可能會代為回應）。
http-request-id-for-support = 提供給技術支援的請求 ID：{ $id }。

## client.rs

http-not-a-method = 不是 HTTP 方法
http-header-name-invalid = 某個標頭名稱無效
http-header-value-invalid = { $name } 的值不能用於標頭
http-endpoint-empty = 是空的
http-endpoint-not-full = 不是完整位址：請以 https:// 開頭
http-endpoint-not-valid = 不是有效位址（{ $problem }）
http-endpoint-not-https-scheme = 必須以 https:// 開頭
http-endpoint-no-host = 沒有主機名稱
http-endpoint-user-name = 不能包含使用者名稱或密碼
http-endpoint-not-base = 只能是基本位址，不能帶 ?query 或 #fragment
http-setup-certificates = 無法載入此電腦信任的憑證
http-setup-client = 無法建立 HTTP 用戶端

## response.rs

http-cut-off = 回應提前結束（似乎被截斷）
http-unreadable-answer = 無法讀取回應
http-not-json = 回應不是 JSON（第 { $line } 行第 { $column } 欄）
http-unexpected-shape = 回應的結構不符合預期（第 { $line } 行第 { $column } 欄）

## check.rs

http-check-works = 已連線到 { $provider }：金鑰有效。
http-check-works-no-domain = 已連線到 { $provider }：金鑰有效。未填寫推流網域，因此沒有查詢網域。
http-check-clock-note = 注意：與 { $provider } 相比，你電腦的時鐘{ $clock }。
http-check-no-such-domain = 金鑰有效，但華為雲的此項目中沒有名為「{ $domain }」的推流網域。
http-hint-check-domain = 請檢查推流網域名稱、項目ID以及終端節點的區域。
http-check-wrong-scheme = scheme：{ $scheme } 不是 { $provider } 的簽名方式
http-hint-check-account-settings = 請修正帳號設定後再檢查一次。
