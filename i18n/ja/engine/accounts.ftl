# Accounts: errors, keychain messages and names (livedesk-core/src/accounts). Ids: accounts-…

## form.rs
accounts-vendor-huawei = Huawei Cloud Live
accounts-vendor-naver = NAVERクラウド Live Station
accounts-vendor-blendvision = BlendVision One
accounts-vendor-alibaba = Alibaba Cloud ApsaraVideo Live

## sandbox.rs
accounts-sandbox-name = サンドボックス – { $service }

## service.rs
accounts-practice-name = { $name }（練習用）

## error.rs
accounts-duplicate-name = 「{ $name }」という名前のアカウントはすでにあります。
accounts-not-found = ID { $id } のアカウントはもう存在しません。
accounts-keychain-failed = { $what }{ $outcome }
accounts-secrets-missing = アカウント「{ $account }」のキーがキーチェーンに保存されていません。
accounts-keychain-entry-damaged = このアカウントのキーチェーンに保存されたキーが壊れています。
accounts-settings-write = Livedesk は設定ファイルを保存できませんでした：{ $problem }
accounts-form-not-accepted = フォームは受け付けられませんでした。
accounts-form-problems = { $first }（ほか { $count } 件の問題）
accounts-keys-entered-elsewhere = 何も送信されていません：「{ $account }」のキーは { $place } 用に入力されましたが、このアカウントは現在 { $now } を指しています。Livedesk はキーを入力した宛先にしか送りません。
accounts-keys-place-unknown = 何も送信されていません：アカウント「{ $account }」は現在 { $now } を指しており、そのキーはどこ用に入力されたかを記録しない旧バージョンの Livedesk で保存されました。
accounts-hint-correct-field = 「{ $field }」を修正して、もう一度保存してください。
accounts-hint-correct-fields = 印の付いた { $count } 個の項目を修正して、もう一度保存してください。
accounts-hint-correct-the-field = 項目を修正して、もう一度保存してください。
accounts-hint-duplicate-name = 別の名前にしてください。たとえばスタジオ名や取引先名を付け加えます。
accounts-hint-not-found = 別のウィンドウで削除された可能性があります。アカウントの一覧を読み込み直してください。
accounts-hint-enter-keys-again = アカウントを編集して、キーを入力し直してください。ほかの内容は失われません。
accounts-hint-keys-elsewhere = 意図してアカウントを移した場合は、編集してキーを入力し直してください。そうでなければ、アドレスを元に戻してください。
accounts-hint-settings-write = ディスクがいっぱいでないこと、Livedesk のデータフォルダーに書き込めることを確認してください。

## error.rs, endpoint.rs, form.rs, secrets.rs, service.rs, settings.rs: a field at fault ($field is its id)
accounts-invalid-not-a-setting = { $field } はこのサービス事業者の設定項目ではありません。
accounts-invalid-required = { $field } は必須です。
accounts-invalid-invisible-character = { $field } に改行などの見えない文字が含まれています。
accounts-invalid-not-web-address = { $field } は Web アドレスではありません（例：https://live.example.com）。
accounts-invalid-no-host = { $field } にホスト名がありません。
accounts-invalid-plain-http = { $field } は https:// で始める必要があります（通常の http はこのコンピューターのアドレスにのみ使えます。例：http://127.0.0.1）。
accounts-invalid-not-https = { $field } は https:// で始める必要があります。
accounts-invalid-extra-parts = { $field } にはサービスのアドレスだけを入力し、?クエリ、#フラグメント、ユーザー名は含めないでください。
accounts-invalid-not-object = { $field } は項目からなるオブジェクトである必要があります。
accounts-invalid-wrong-kind = { $field } に種類の違う値があります。
accounts-invalid-custom-needs-endpoint = リージョンが「custom」の場合、{ $field } は必須です。
accounts-invalid-name-too-long = { $field } は 80 文字以内にしてください。
accounts-invalid-practice-endpoint = 練習用アカウントの { $field } は変更できません。代わりに本番のアカウントを追加してください。
accounts-invalid-practice-keys = 練習用アカウントの { $field } は変更できません。
accounts-invalid-one-of = { $field } は次のいずれかにしてください：{ $choices }。
accounts-invalid-project-id = { $field } には英字と数字のみ使えます（コンソールでは 32 文字）。

## service.rs
accounts-enter-key-again = { $field }：もう一度入力してください。このアカウントのキーは { $was } 用に入力されましたが、現在は { $now } を指しています。Livedesk はキーを入力した宛先にしか送りません。

## binding.rs
accounts-vendor-addresses = サービス事業者自身のアドレス（…{ $domain }）

## keychain.rs
accounts-keychain-nothing-saved = 何も保存されていません。
accounts-keychain-nothing-sent = 何も送信・変更されていません。
accounts-keychain-nothing-deleted = 何も削除されていません。
accounts-keychain-no-service = このコンピューターにはキーチェーンサービスがないため、Livedesk はキーを安全に保管できません。
accounts-keychain-locked = キーチェーンがロックされているため、Livedesk は使用できませんでした。
accounts-keychain-denied = Livedesk はキーチェーンの使用を許可されませんでした。
accounts-keychain-unavailable = このデスクトップセッションからはどのキーチェーンにも接続できないため、Livedesk はキーを安全に保管できません。
accounts-keychain-other = キーチェーンが要求を拒否しました。
# $platform: macos, windows or linux (any other desktop with a Secret Service).
accounts-keychain-fix-no-service = { $platform ->
    [macos] キーチェーンアクセスを開き、「ログイン」キーチェーンがなければ、キーチェーンアクセス →「設定」→「デフォルトキーチェーンをリセット」を選んでから、もう一度お試しください。
    [windows] Livedesk はキーを Windows の資格情報マネージャーに保管します。これにはご自身のアカウントで Windows にサインインしている必要があります。（「別のユーザーとして実行」ではなく）サインインし直してから、もう一度お試しください。
   *[other] キーリングサービス（Secret Service）をインストールしてください：GNOME キーリング（パッケージ「gnome-keyring」）、または「設定」→「Secret Service 連携」を有効にした KeePassXC。ログアウトして再ログインしてから、アカウントを追加し直してください。練習用（サンドボックス）アカウントはなくても使えます。
}
accounts-keychain-fix-unavailable = { $platform ->
    [macos] キーチェーンアクセスを開き、「ログイン」キーチェーンがなければ、キーチェーンアクセス →「設定」→「デフォルトキーチェーンをリセット」を選んでから、もう一度お試しください。
    [windows] Livedesk はキーを Windows の資格情報マネージャーに保管します。これにはご自身のアカウントで Windows にサインインしている必要があります。（「別のユーザーとして実行」ではなく）サインインし直してから、もう一度お試しください。
   *[other] Livedesk には、デスクトップのセッションバス（D-Bus）と、GNOME キーリングや KWallet などの Secret Service が必要です。SSH 経由や別のユーザーとしてではなく、デスクトップのアプリメニューから Livedesk を起動して、もう一度お試しください。
}
accounts-keychain-fix-locked = { $platform ->
    [macos] キーチェーンアクセスを開いて「ログイン」キーチェーンを選び、「ファイル」→「キーチェーン“ログイン”のロックを解除」を選んでから、もう一度お試しください。
    [windows] Windows からサインアウトし、ご自身のアカウントでサインインし直してから、もう一度お試しください。
   *[other] ロックを解除してください：「パスワードと鍵」（Seahorse）を開き、「ログイン」キーリングを右クリックして「ロック解除」を選び（KeePassXC ならデータベースのロックを解除し）、もう一度お試しください。
}
accounts-keychain-fix-denied = { $platform ->
    [macos] もう一度お試しいただき、macOS がパスワードを求めたら「許可」または「常に許可」を選んでください。
    [windows] Windows からサインアウトし、ご自身のアカウントでサインインし直してから、もう一度お試しください。
   *[other] もう一度お試しいただき、デスクトップから確認されたら Livedesk を許可してください（キーリングのパスワードを入力）。KeePassXC の場合は「設定」→「Secret Service 連携」を確認してください。
}
accounts-keychain-fix-other = { $platform ->
    [macos] もう一度お試しください。失敗が続く場合は Mac を再起動してください。
    [windows] もう一度お試しください。失敗が続く場合はコンピューターを再起動してください。
   *[other] もう一度お試しください。失敗が続く場合は、ログアウトして再ログインし、キーリングサービスを再起動してください。
}
