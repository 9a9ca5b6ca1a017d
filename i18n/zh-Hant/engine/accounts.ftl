# Accounts: errors, keychain messages and names (livedesk-core/src/accounts). Ids: accounts-…

## form.rs
accounts-vendor-huawei = 華為雲視訊直播
accounts-vendor-naver = NAVER Cloud Live Station
accounts-vendor-blendvision = BlendVision One
accounts-vendor-alibaba = 阿里雲影片直播

## sandbox.rs
accounts-sandbox-name = 沙盒 – { $service }

## service.rs
accounts-practice-name = { $name }（練習）

## error.rs
accounts-duplicate-name = 已經有名為「{ $name }」的帳號。
accounts-not-found = ID 為 { $id } 的帳號已不存在。
accounts-keychain-failed = { $what }{ $outcome }
accounts-secrets-missing = 鑰匙圈中沒有為帳號「{ $account }」儲存的金鑰。
accounts-keychain-entry-damaged = 鑰匙圈中為這個帳號儲存的金鑰已損毀。
accounts-settings-write = Livedesk 無法儲存設定檔：{ $problem }
accounts-form-not-accepted = 表單未被接受。
accounts-form-problems = { $first }（另有 { $count } 個問題）
accounts-keys-entered-elsewhere = 沒有傳送任何內容：「{ $account }」的金鑰是為 { $place } 輸入的，但這個帳號現在指向 { $now }。Livedesk 只會把金鑰傳送到輸入時對應的位址。
accounts-keys-place-unknown = 沒有傳送任何內容：帳號「{ $account }」現在指向 { $now }，而它的金鑰是由舊版 Livedesk 儲存的，沒有記錄當時是為哪裡輸入的。
accounts-hint-correct-field = 請修正「{ $field }」後再儲存一次。
accounts-hint-correct-fields = 請修正標示的 { $count } 個欄位後再儲存一次。
accounts-hint-correct-the-field = 請修正該欄位後再儲存一次。
accounts-hint-duplicate-name = 請換個名稱，例如加上攝影棚或客戶名稱。
accounts-hint-not-found = 它可能已在另一個視窗中被刪除；請重新載入帳號清單。
accounts-hint-enter-keys-again = 請編輯這個帳號並重新輸入金鑰；其他內容都不會遺失。
accounts-hint-keys-elsewhere = 如果是刻意移動了這個帳號，請編輯它並重新輸入金鑰；否則請把位址改回原本的。
accounts-hint-settings-write = 請檢查磁碟是否已滿，以及 Livedesk 的資料夾是否可以寫入。

## error.rs, endpoint.rs, form.rs, secrets.rs, service.rs, settings.rs: a field at fault ($field is its id)
accounts-invalid-not-a-setting = { $field } 不是這個服務商的設定項目。
accounts-invalid-required = { $field } 為必填。
accounts-invalid-invisible-character = { $field } 含有換行字元或其他看不見的字元。
accounts-invalid-not-web-address = { $field } 不是網址（例如：https://live.example.com）。
accounts-invalid-no-host = { $field } 缺少主機名稱。
accounts-invalid-plain-http = { $field } 必須以 https:// 開頭（只有這台電腦的位址才能使用一般 http，例如 http://127.0.0.1）。
accounts-invalid-not-https = { $field } 必須以 https:// 開頭。
accounts-invalid-extra-parts = { $field } 只能是服務的位址，不能包含 ?查詢、#片段或使用者名稱。
accounts-invalid-not-object = { $field } 必須是由欄位組成的物件。
accounts-invalid-wrong-kind = { $field } 中有值的類型不正確。
accounts-invalid-custom-needs-endpoint = 區域為「custom」時，{ $field } 為必填。
accounts-invalid-name-too-long = { $field } 最多 80 個字元。
accounts-invalid-practice-endpoint = 練習帳號的 { $field } 無法變更；請改為新增正式帳號。
accounts-invalid-practice-keys = 練習帳號的 { $field } 無法變更。
accounts-invalid-one-of = { $field } 必須是以下其中之一：{ $choices }。
accounts-invalid-project-id = { $field } 只能包含英文字母和數字（主控台中為 32 個字元）。

## service.rs
accounts-enter-key-again = { $field }：請重新輸入。這個帳號的金鑰是為 { $was } 輸入的，而它現在指向 { $now }；Livedesk 只會把金鑰傳送到輸入時對應的位址。

## binding.rs
accounts-vendor-addresses = 服務商自己的位址（…{ $domain }）

## keychain.rs
accounts-keychain-nothing-saved = 沒有儲存任何內容。
accounts-keychain-nothing-sent = 沒有傳送或變更任何內容。
accounts-keychain-nothing-deleted = 沒有刪除任何內容。
accounts-keychain-no-service = 這台電腦上沒有鑰匙圈服務，Livedesk 無法安全保存金鑰。
accounts-keychain-locked = 您的鑰匙圈已鎖定，Livedesk 無法使用。
accounts-keychain-denied = Livedesk 未獲准使用您的鑰匙圈。
accounts-keychain-unavailable = 從這個桌面工作階段無法連到任何鑰匙圈，Livedesk 無法安全保存金鑰。
accounts-keychain-other = 鑰匙圈拒絕了這項要求。
# $platform: macos, windows or linux (any other desktop with a Secret Service).
accounts-keychain-fix-no-service = { $platform ->
    [macos] 打開「鑰匙圈存取」：如果沒有「登入」鑰匙圈，請選擇「鑰匙圈存取」→「設定」→「重置預設鑰匙圈」，然後再試一次。
    [windows] Livedesk 將金鑰存放在 Windows 認證管理員中，這需要您以自己的帳戶登入 Windows。請重新登入（不要透過「以不同使用者身分執行」），然後再試一次。
   *[other] 請安裝鑰匙圈服務（Secret Service）：GNOME 金鑰圈（套件「gnome-keyring」），或在 KeePassXC 中開啟「設定」→「Secret Service 整合」。登出再登入後，重新新增帳號。練習（沙盒）帳號不需要鑰匙圈也能使用。
}
accounts-keychain-fix-unavailable = { $platform ->
    [macos] 打開「鑰匙圈存取」：如果沒有「登入」鑰匙圈，請選擇「鑰匙圈存取」→「設定」→「重置預設鑰匙圈」，然後再試一次。
    [windows] Livedesk 將金鑰存放在 Windows 認證管理員中，這需要您以自己的帳戶登入 Windows。請重新登入（不要透過「以不同使用者身分執行」），然後再試一次。
   *[other] Livedesk 需要桌面的工作階段匯流排（D-Bus）以及 GNOME 金鑰圈或 KWallet 等 Secret Service。請從桌面的應用程式選單啟動 Livedesk，不要透過 SSH 或以其他使用者身分啟動，然後再試一次。
}
accounts-keychain-fix-locked = { $platform ->
    [macos] 打開「鑰匙圈存取」，選取「登入」鑰匙圈，再選擇「檔案」→「解鎖鑰匙圈『登入』」，然後再試一次。
    [windows] 請登出 Windows，再以您自己的帳戶重新登入，然後再試一次。
   *[other] 請解鎖：打開「密碼與金鑰」（Seahorse），在「登入」金鑰圈上按右鍵並選擇「解鎖」（或在 KeePassXC 中解鎖您的資料庫），然後再試一次。
}
accounts-keychain-fix-denied = { $platform ->
    [macos] 請再試一次，並在 macOS 要求輸入密碼時選擇「允許」或「永遠允許」。
    [windows] 請登出 Windows，再以您自己的帳戶重新登入，然後再試一次。
   *[other] 請再試一次，並在桌面詢問時允許 Livedesk（輸入鑰匙圈密碼）。若使用 KeePassXC，請檢查「設定」→「Secret Service 整合」。
}
accounts-keychain-fix-other = { $platform ->
    [macos] 請再試一次；如果仍然失敗，請重新啟動您的 Mac。
    [windows] 請再試一次；如果仍然失敗，請重新啟動電腦。
   *[other] 請再試一次；如果仍然失敗，請登出再登入，以重新啟動鑰匙圈服務。
}
