# livedesk-signing の言葉: リクエストに署名できなかった理由と、その対処。
# メッセージは問題のある入力項目名 (入力での綴りのまま) で始まります。

## error.rs

signing-unknown-scheme = scheme: 不明な署名方式 { $given } です (次のいずれかを指定してください: { $names })
signing-missing = { $field }: 入力されていません
signing-invalid-field = { $field }: { $problem }
signing-invalid-timestamp = { $field }: { $value } は { $format } の形式の時刻ではありません
signing-invalid-url = url: { $problem }
signing-conflict = { $field }: 署名に使う認証情報と異なります
signing-wrong-credentials = credentials: { $scheme } には { $given } ではなく { $expected } の認証情報が必要です
signing-hint-choose-scheme = 次のいずれかを選んでください: { $names }。
signing-hint-access-key = サービス事業者のコンソールに表示されるアクセスキー (AK) を入力してください。
signing-hint-secret-key = アクセスキーと対になるシークレットキー (SK) を入力してください。
signing-hint-api-token = BlendVision One コンソールで作成した API Token を入力してください。
signing-hint-org-id = BlendVision One コンソールに表示される組織 ID を入力してください。
signing-hint-nonce = リクエストごとに新しいランダムな nonce を指定してください。
signing-hint-timestamp = リクエストの時刻を UTC で指定してください。
signing-hint-add-to-request = リクエストに { $field } を追加してください。サービス事業者が必須としています。
signing-hint-fill-in = { $field } を入力して、もう一度お試しください。
signing-hint-headers = ヘッダー名は単純な語 (英字、数字、- と _) で、それぞれ 1 回だけ使えます。値に改行やその他の制御文字を含めることはできません。
signing-hint-correct = { $field } を修正して、もう一度お試しください。
signing-hint-timestamp-format = 時刻を UTC で { $format } の形式で書き、コンピューターの時計を確認してください。
signing-hint-url = https://live.example.com/path?name=value のような完全なアドレスを使ってください。
signing-hint-conflict = リクエストから { $field } を削除するか、そこで指定されているアカウントで署名してください。
signing-hint-wrong-credentials = この呼び出しには { $expected } のアカウントを選んでください。
signing-header-name = ヘッダー { $name }
signing-query-name = クエリパラメーター { $name }

## credentials.rs, request.rs

signing-empty = 空です
signing-control-character = 改行またはその他の制御文字が含まれています

## request.rs, scheme.rs, alibaba_rpc.rs

signing-not-a-method = { $method } は HTTP メソッドではありません
signing-url-scheme = https:// または http:// で始まる必要があります
signing-url-no-host = ホストがありません
signing-url-user-name = ユーザー名やパスワードを含めることはできません
signing-not-a-header-name = { $name } は有効なヘッダー名ではありません
signing-header-repeated = 2 回以上指定されています
signing-no-time = blendvision-bearer は時刻に署名しません。指定しないでください
signing-must-be-signature = この方式が作る署名である { $value } にする必要があります
