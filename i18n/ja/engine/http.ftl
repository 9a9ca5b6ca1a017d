# livedesk-http の言葉: サービス事業者のエラーの説明、接続の問題、「接続を確認」。

## vendor.rs

http-vendor-huawei = Huawei Cloud
http-vendor-naver = NAVERクラウド
http-vendor-blendvision = BlendVision One
http-vendor-alibaba = Alibaba Cloud

## vendor_error.rs

# 2 つの文を続けて書く (日本語では間を空けない)。
http-then = { $first }{ $second }
http-request-id-for-vendor = サービス事業者のサポート向けリクエスト ID: { $id }。
http-vendor-said = { $provider } からのメッセージ:「{ $message }」
http-unreadable-server-error = { $provider } 側で問題が発生し (HTTP { $status })、その応答を読み取れませんでした。
http-unreadable-rate-limited = 現在、{ $provider } はこのアカウントから多すぎるリクエストを受けています (HTTP { $status })。
http-unreadable-other = { $provider } がリクエストを拒否しました (HTTP { $status }) が、応答が { $provider } の通常のエラー形式ではないため、理由がわかりません。
http-hint-try-in-minutes = 数分後にもう一度お試しください。
http-hint-wait-a-minute = 1 分ほど待ってから、もう一度お試しください。
http-hint-check-endpoint-proxy = エンドポイントがサービス事業者の API アドレスであることを確認してから (代わりにプロキシやキャプティブポータルが応答した可能性があります)、もう一度お試しください。
http-clock-behind = { $count } 分遅れて
http-clock-ahead = { $count } 分進んで
http-clock-agrees-but-refused = お使いのコンピューターの時計は { $provider } の時計と 1 分以内で一致していますが、{ $provider } はリクエストの時刻を拒否しました。
http-clock-off-refused = お使いのコンピューターの時計が { $clock }いるため、{ $provider } はリクエストを拒否しました。
http-clock-seems-wrong = お使いのコンピューターの時計が正しくないようです: { $provider } はリクエストの時刻を拒否しました。
http-hint-clock = システムの設定で時刻の自動設定をオンにしてから、もう一度お試しください。
http-wrong-key-project = { $provider } はこのプロジェクトのキーを受け付けませんでした。
http-hint-wrong-key-project = プロジェクト ID を確認してください。Huawei Cloud コンソールの「My Credentials」に表示される、このリージョンのプロジェクトの ID である必要があります。
http-wrong-key-unknown-id = { $provider } はこの AccessKey ID を認識していません。
http-hint-wrong-key-unknown-id = アカウントの設定で AccessKey ID を確認してください。一時的な (STS) 認証情報の場合は、期限切れの可能性があるため新しいものを取得してください。
http-wrong-key-disabled = この AccessKey は { $provider } で無効になっています。
http-hint-wrong-key-disabled = RAM コンソールで AccessKey を有効にするか、別の AccessKey を入力してください。
http-wrong-organisation = API Token が { $provider } に指定した組織のものではありません。
http-hint-wrong-organisation = アカウントの設定で組織 ID を確認してください。API Token を作成した組織である必要があります。
http-read-only = キーは有効ですが、{ $provider } では読み取りのみ可能で、変更はできません。
http-ip-not-allowed = { $provider } はこのコンピューターのネットワークアドレスからのリクエストを受け付けません。
http-hint-ip-not-allowed = アカウントの管理者に API 用にお使いの IP アドレスを許可してもらうか、許可されたネットワークから接続してください。
http-region-not-available = 選択した { $provider } のリージョンでは、このアカウントはこのサービスを利用できません。
http-hint-check-region = アカウントの設定でリージョンを確認してください。
http-no-permission = キーは有効ですが、{ $provider } でこの操作を行う権限がありません。
http-api-not-found = このアドレスは Livedesk が知っている { $provider } の API につながっていません。
http-hint-check-endpoint-region = アカウントの設定でエンドポイントとリージョンを確認してください。
http-not-found = { $provider } はリクエストで指定されたものを見つけられませんでした。
http-hint-not-found = ID または名前を確認してください。削除されたか、別のリージョン、プロジェクト、アカウントのものである可能性があります。
http-precondition-failed = { $provider } は現在この操作を行えません。
http-hint-precondition-failed = 現在の状態 (ストリームやスタジオが配信中かどうかなど) を確認してから、もう一度お試しください。
http-region-not-supported = { $provider } は指定されたリージョンに対応していません。
http-nonce-used = リクエストが以前のリクエストのワンタイム値 (nonce) を繰り返したため、{ $provider } はリクエストを拒否しました。
http-hint-nonce-used = もう一度お試しください。試行ごとに新しい nonce が使われます。繰り返し発生する場合は報告してください。
http-signature-format = { $provider } はリクエストの署名の形式を受け付けませんでした。
http-hint-report = これは Livedesk の問題です。報告してください。
http-invalid-field = { $provider } は { $field } の値を受け付けませんでした。
http-hint-correct-field = { $field } を修正して、もう一度お試しください。
http-invalid-value = { $provider } はリクエスト内の値を受け付けませんでした。
http-hint-check-values = 入力した値を確認して、もう一度お試しください。
http-rate-limited = 現在、{ $provider } はこのアカウントから多すぎるリクエストを受けています。
http-server-error = { $provider } 側で問題が発生しました。
http-hint-server-error = 数分後にもう一度お試しください。繰り返し発生する場合は、サービス事業者のステータスページを確認してください。
http-refused = { $provider } がリクエストを拒否しました。
http-hint-check-settings = 値と設定を確認して、もう一度お試しください。
http-wrong-key-huawei = Huawei Cloud がキーを受け付けませんでした。
http-hint-wrong-key-huawei = アカウントの設定でアクセスキー (AK) とシークレットアクセスキー (SK) を確認してください。2 つは同じペアである必要があります。Huawei Cloud は失敗が続くとキーを 5 分間ロックするため、修正してから再試行してください。
http-wrong-key-naver = NAVERクラウドがキーを受け付けませんでした。
http-hint-wrong-key-naver = Access Key ID と Secret Key (NAVERクラウド コンソールの「認証キー管理」で確認できます) を確認してください。2 つは同じペアである必要があります。
http-wrong-key-alibaba = Alibaba Cloud がキーを受け付けませんでした。
http-hint-wrong-key-alibaba = アカウントの設定で AccessKey ID と AccessKey Secret を確認してください。2 つは同じペアである必要があります。
http-wrong-key-blendvision = BlendVision One が API Token を受け付けませんでした。
http-hint-wrong-key-blendvision = アカウントの設定で API Token を確認するか、BlendVision One コンソールで新しいトークンを作成してください。期限切れか削除された可能性があります。
http-hint-no-permission-huawei = アカウントの管理者に、この IAM ユーザーへ Live の権限 (Live FullAccess ポリシーなど) を付与してもらってください。
http-hint-no-permission-naver = メインアカウントに、このサブアカウントへ Live Station の権限を付与してもらうか、権限のあるキーを使ってください。
http-hint-no-permission-alibaba = アカウントの管理者に、この RAM ユーザーへ ApsaraVideo Live の権限 (AliyunLiveFullAccess など) を付与してもらってください。
http-hint-no-permission-blendvision = この変更ができる API Token (読み取り専用トークンではできません) を BlendVision One コンソールで作成して使ってください。
http-signature-other-request = { $provider } は Livedesk が署名したものとは異なるリクエストで署名を検証したため、リクエストは拒否されました。
http-hint-signature-other-request = このコンピューターとサービス事業者の間にあるもの (プロキシなど) がリクエストを書き換えているか、Livedesk の問題である可能性があります。報告してください。

## error.rs

http-endpoint-invalid = エンドポイント: { $problem }
http-endpoint-not-https = エンドポイント: { $host } には http:// ではなく https:// で接続する必要があります
http-invalid-request = { $field }: { $problem }
http-client-setup = 接続の設定を準備できませんでした: { $problem }
http-timeout = { $host } が { $seconds } 秒以内に応答しませんでした。
http-unreachable = { $host } に接続できませんでした: { $reason }。
http-connection-lost = 応答が届く前に { $host } との接続が切れました。
http-truncated = { $host } からの応答が途中で切れました。
http-too-large = { $host } からの応答が { $size } を超えていたため、読み取りませんでした。
http-bad-response = { $provider } から Livedesk が読み取れない応答が返されました: { $problem }。
http-reason-refused = 接続が拒否されました (接続先で何も待ち受けていません)
http-reason-name-not-found = サーバー名が見つかりませんでした
http-reason-timed-out = 接続の試行がタイムアウトしました
http-reason-tls = 安全な (TLS) 接続を確立できませんでした
http-reason-other = ネットワーク接続に失敗しました
http-hint-maybe-applied = 変更が反映されたかどうかはわかりません。もう一度試す前に、現在の設定を確認してください。
http-hint-endpoint-invalid = https://live.ap-southeast-3.myhuaweicloud.com のように、完全なアドレスを入力してください。
http-hint-endpoint-not-https = https:// で始まるアドレスを使ってください。http:// はこのコンピューター (サンドボックスなど) に対してのみ使えます。
http-hint-invalid-request = 何も送信されていません。これは Livedesk の問題です。報告してください。
http-hint-client-setup = 何も送信されていません。Livedesk を再起動してください。繰り返し発生する場合は報告してください。
http-hint-timeout = インターネット接続を確認して、もう一度お試しください。サービスが現在混雑している可能性があります。
http-hint-tls = エンドポイントのアドレスを確認してください。安全な接続を検査する社内ネットワークが原因の場合もあります。IT 部門にお問い合わせください。
http-hint-unreachable = エンドポイントのアドレスとインターネット接続 (プロキシやファイアウォールも) を確認して、もう一度お試しください。
http-hint-connection-lost = もう一度お試しください。繰り返し発生する場合は、インターネット接続やプロキシを確認してください。
http-hint-too-large = このリクエストでは想定外の応答です。もう一度お試しください。繰り返し発生する場合は、エンドポイントがサービス事業者の API アドレスであることを確認してください。
http-hint-bad-response = もう一度お試しください。繰り返し発生する場合は、エンドポイントがサービス事業者の API アドレスであることを確認してください (代わりにプロキシやキャプティブポータルが応答することがあります)。
http-request-id-for-support = サポート向けリクエスト ID: { $id }。

## client.rs

http-not-a-method = HTTP メソッドではありません
http-header-name-invalid = ヘッダー名が正しくありません
http-header-value-invalid = { $name } の値はヘッダーに使えません
http-endpoint-empty = 空です
http-endpoint-not-full = 完全なアドレスではありません。https:// から始めてください
http-endpoint-not-valid = 有効なアドレスではありません ({ $problem })
http-endpoint-not-https-scheme = https:// で始まる必要があります
http-endpoint-no-host = ホスト名がありません
http-endpoint-user-name = ユーザー名やパスワードを含めることはできません
http-endpoint-not-base = ?query や #fragment を含まない、ベースアドレスのみにしてください
http-setup-certificates = このコンピューターの信頼された証明書を読み込めませんでした
http-setup-client = HTTP クライアントを作成できませんでした

## response.rs

http-cut-off = 応答が途中で終わっています (切れているようです)
http-unreadable-answer = 応答を読み取れませんでした
http-not-json = 応答が JSON ではありません ({ $line } 行目、{ $column } 列目)
http-unexpected-shape = 応答が想定した形式ではありません ({ $line } 行目、{ $column } 列目)

## check.rs

http-check-works = { $provider } に接続しました。キーは有効です。
http-check-works-no-domain = { $provider } に接続しました。キーは有効です。アップストリーミングドメインが指定されていないため、ドメインは確認していません。
http-check-clock-note = 注意: お使いのコンピューターの時計は { $provider } より{ $clock }います。
http-check-no-such-domain = キーは有効ですが、Huawei Cloud のこのプロジェクトには「{ $domain }」という名前のアップストリーミングドメインがありません。
http-hint-check-domain = アップストリーミングドメイン名、プロジェクト ID、エンドポイントのリージョンを確認してください。
http-check-wrong-scheme = scheme: { $scheme } は { $provider } の署名方式ではありません
http-hint-check-account-settings = アカウントの設定を修正して、もう一度確認してください。
