# livedesk-signing 的文字：請求無法簽名的原因，以及該怎麼做。
# 訊息以出錯的輸入欄位開頭（依輸入中的寫法）。

## error.rs

signing-unknown-scheme = scheme：未知的簽名方式 { $given }（應為以下之一：{ $names }）
signing-missing = { $field }：缺少
signing-invalid-field = { $field }：{ $problem }
signing-invalid-timestamp = { $field }：{ $value } 不是 { $format } 格式的時間
signing-invalid-url = url：{ $problem }
signing-conflict = { $field }：與用於簽名的憑證不一致
signing-wrong-credentials = credentials：{ $scheme } 需要 { $expected } 的憑證，而不是 { $given } 的憑證
signing-hint-choose-scheme = 請選擇以下之一：{ $names }。
signing-hint-access-key = 請輸入服務商主控台中的訪問密鑰（AK）。
signing-hint-secret-key = 請輸入與訪問密鑰配對的私有訪問密鑰（SK）。
signing-hint-api-token = 請輸入在 BlendVision One 主控台中建立的 API Token。
signing-hint-org-id = 請輸入 BlendVision One 主控台中顯示的組織 ID。
signing-hint-nonce = 請為每個請求提供一個新的隨機 nonce。
signing-hint-timestamp = 請提供請求的時間（UTC）。
signing-hint-add-to-request = 請在請求中加入 { $field }：服務商要求提供它。
signing-hint-fill-in = 請填寫 { $field } 後再試一次。
signing-hint-headers = 標頭名稱只能是簡單的詞（字母、數字、- 和 _），每個只能使用一次；值中不能包含換行或其他控制字元。
signing-hint-correct = 請修正 { $field } 後再試一次。
signing-hint-timestamp-format = 請以 UTC 時間依 { $format } 的格式填寫，並檢查電腦的時鐘。
signing-hint-url = 請使用完整位址，例如 https://live.example.com/path?name=value。
signing-hint-conflict = 請從請求中移除 { $field }，或使用其中指定的帳號簽名。
signing-hint-wrong-credentials = 請為此呼叫選擇 { $expected } 的帳號。
signing-header-name = 標頭 { $name }
signing-query-name = 查詢參數 { $name }

## credentials.rs, request.rs

signing-empty = 是空的
signing-control-character = 包含換行或其他控制字元

## request.rs, scheme.rs, alibaba_rpc.rs

signing-not-a-method = { $method } 不是 HTTP 方法
signing-url-scheme = 必須以 https:// 或 http:// 開頭
signing-url-no-host = 沒有主機
signing-url-user-name = 不能包含使用者名稱或密碼
signing-not-a-header-name = { $name } 不是有效的標頭名稱
signing-header-repeated = 出現了不止一次
signing-no-time = blendvision-bearer 不對時間簽名；請不要填寫
signing-must-be-signature = 必須是 { $value }，即此方式產生的簽名
