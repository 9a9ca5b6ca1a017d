# NAVER Cloud Live Station: 操作が伝える文（確認、要約、説明）。用語は i18n/glossary/ja.toml に従います。

## common.rs

naver-status-creating = 作成中
naver-status-ready = 準備完了、配信中ではない
naver-status-publishing = 配信中
naver-status-stopped = 停止
naver-status-force-block = NAVERクラウドによる強制停止
naver-status-deleted = 返却済み
naver-status-reserved = 配信予約済み
naver-status-unknown = 不明な状態
naver-channel-name = 「{ $name }」（{ $id }）
naver-unknown-channel = NAVERクラウドのこのアカウントとリージョンには、チャンネル「{ $channel }」がありません。
naver-unknown-channel-hint = Live Station コンソールでチャンネル ID を確認し、アカウントのリージョンも確認してください。

## get_channel.rs

naver-channel-is = チャンネル { $name } の状態は { $status }（{ $words }）です。
naver-channel-only = チャンネル { $name }。
naver-backup-on-air = バックアップストリームが配信中です。
naver-main-on-air = メインストリームが配信中です。
naver-failover = このチャンネルのストリームフェイルオーバー（メイン/バックアップの冗長化）は{ $state ->
        [on] オン
       *[off] オフ
    }です。
naver-recording = 録画：{ $state ->
        [on] オン
       *[off] オフ
    }。
naver-dvr = タイムマシン (DVR)：{ $state ->
        [on] オン
       *[off] オフ
    }。
naver-output-protocol = 出力プロトコル：{ $protocol }。

## list_channels.rs

naver-channels-none = 条件に合うチャンネルはありません。
naver-channels-count = チャンネル { $count } 件。
naver-channels-page = チャンネル { $count } 件。このページには { $shown } 件を表示しています。

naver-list-status = { $status }（{ $words }）
naver-list-status-backup = { $status }（{ $words }）、バックアップストリーム配信中
naver-list-status-main = { $status }（{ $words }）、メインストリーム配信中
naver-list-status-unknown = 状態不明

## switch_stream.rs

naver-switched-backup = チャンネル { $name } で、バックアップストリームが配信中になりました。
naver-switched-main = チャンネル { $name } で、メインストリームが配信中になりました。
naver-switched = NAVERクラウドがチャンネル { $name } のストリームを切り替えました。
naver-channel-status = チャンネルの状態：{ $status }（{ $words }）。
naver-will-switch = チャンネル { $name } はもう一方のストリーム（メインまたはバックアップ）に切り替わります。
naver-not-publishing = チャンネル { $name } の状態は { $status }（{ $words }）です。NAVERクラウドがメインストリームとバックアップストリームを切り替えられるのは、チャンネルが PUBLISHING（配信中）の間だけです。
naver-not-publishing-hint = チャンネルへの配信を開始し、状態が PUBLISHING（配信中）になるまで待ってから、もう一度確認してください。
naver-will-go-main = チャンネル { $name } でメインストリームが配信中になります（現在：バックアップストリーム）。
naver-will-go-backup = チャンネル { $name } でバックアップストリームが配信中になります（現在：メインストリーム）。
naver-viewers-stay = 視聴者はチャンネルにとどまり、ソースだけが切り替わります。
naver-switch-prefill-note = このフォームにはチャンネル以外に事前入力する項目がありません。送信するたびにもう一方のストリームに切り替わり、もう一度送信すると元に戻ります。
naver-switch-refused = NAVERクラウドがメインストリームとバックアップストリームを切り替えられるのは、チャンネルが PUBLISHING（配信中）の間だけです。
naver-switch-refused-now = NAVERクラウドがメインストリームとバックアップストリームを切り替えられるのは、チャンネルが PUBLISHING（配信中）の間だけです。チャンネル { $name } の状態は { $status }（{ $words }）です。
naver-switch-refused-hint = チャンネルへの配信を開始し、状態が PUBLISHING（配信中）になるまで待ってから切り替えてください。
