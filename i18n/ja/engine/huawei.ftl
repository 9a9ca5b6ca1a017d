# Huawei Cloud Live: 操作が伝える文（確認、要約、説明、選択リスト）。用語は i18n/glossary/ja.toml に従います。

## common.rs

huawei-backup-state = { $domain } のメイン/バックアップストリームは{ $state ->
        [on] オン
       *[off] オフ
    }です。
huawei-backup-state-now = { $domain } のメイン/バックアップストリームは{ $state ->
        [on] オン
       *[off] オフ
    }になりました。
huawei-backup-on-means = 複数のエンコーダーが同じストリーム名でプッシュできます。配信中のストリームが止まると、次のストリームが引き継ぎます。
huawei-backup-off-means = このドメインでは、ストリーム名ごとに 1 本のストリームしか受け付けません。
huawei-unknown-domain = Huawei Cloud のこのプロジェクトには、アップストリーミングドメイン「{ $domain }」がありません。
huawei-unknown-domain-hint = アップストリーミングドメイン名を確認し、アカウントのプロジェクトとエンドポイントがドメインを追加したリージョンのものか確認してください。

## get_stream_backup.rs

huawei-backup-unsaid = Huawei Cloud から、{ $domain } のメイン/バックアップストリームがオンかどうかの回答がありませんでした。

## stream_backup.rs

huawei-backup-stays = { $domain } のメイン/バックアップストリームは{ $state ->
        [on] オン
       *[off] オフ
    }のままです（すでに{ $state ->
        [on] オン
       *[off] オフ
    }）。何も変わりません。
huawei-backup-will-be-now = { $domain } のメイン/バックアップストリームが{ $state ->
        [on] オン
       *[off] オフ
    }になります（現在：{ $now ->
        [on] オン
       *[off] オフ
    }）。
huawei-backup-will-be = { $domain } のメイン/バックアップストリームが{ $state ->
        [on] オン
       *[off] オフ
    }になります。

## list_domains.rs

huawei-domains = { $count ->
        [0] ライブドメインはありません。
       *[other] ライブドメイン { $count } 件。
    }
huawei-domain-line = { $name }：{ $kind }、{ $status }
huawei-domain-kind-push = アップストリーミングドメイン（エンコーダーがここへプッシュ）
huawei-domain-kind-pull = 再生ドメイン（視聴者はここから視聴）
huawei-domain-kind-unknown = ドメイン
huawei-domain-status-on = 使用中
huawei-domain-status-off = 無効
huawei-domain-status-configuring = 設定中
huawei-domain-status-unknown = 状態不明

## list_record_rules.rs

huawei-rules = { $count ->
        [0] 録画ルールはありません。
       *[other] 録画ルール { $count } 件。
    }
huawei-rule-line = { $domain }、アプリ { $app }、{ $streams }：{ $kind }
huawei-rule-every-stream = すべてのストリーム
huawei-rule-stream = ストリーム { $stream }
huawei-rule-command = コマンド録画（Livedesk から開始・停止）
huawei-rule-continuous = プッシュ中は常に録画
huawei-rule-plan = スケジュールに従って録画
huawei-rule-on-demand = リクエスト時に録画
huawei-rule-unknown = 録画
huawei-rule-pick = コマンド録画、{ $streams }

## list_streams_online.rs

huawei-streams-online = { $count ->
        [0] 現在 { $domain } にプッシュされているストリームはありません。
       *[other] 現在 { $domain } に { $count } 本のストリームがプッシュされています。
    }
huawei-stream-since = { $stream }、{ $since } から
huawei-pushed = プッシュ中
huawei-pushed-since = { $since } からプッシュ中

## record_control.rs

huawei-stream-label = { $domain } の { $app }/{ $stream }
huawei-not-recording-not-pushed = { $stream } は録画中ではありません：プッシュされていません。
huawei-not-recording-stopped = { $stream } は録画中ではありません：録画は { $time } に停止されました。
huawei-not-recording-hint = 停止する録画がありません。ドメイン、アプリ、ストリームを確認してください。
huawei-cannot-stop-not-pushed = { $stream } の録画を停止できません：プッシュされていません。
huawei-cannot-stop-stopped = { $stream } の録画を停止できません：録画は { $time } に停止されました。
huawei-will-stop = { $stream } の録画が停止します（{ $time } から録画中）。
huawei-will-stop-if-recording = { $stream } が録画中であれば、録画が停止します（ストリームはプッシュ中です。録画中かどうかは Huawei Cloud からはわかりません）。
huawei-not-pushed = { $stream } は録画できません：プッシュされていません。
huawei-not-pushed-hint = このストリームのエンコーダーを起動してから、もう一度確認してください。
huawei-cannot-start = { $stream } の録画を開始できません：プッシュされていません。
huawei-recording-already = { $stream } はすでに録画中です（{ $time } から）。もう一度開始しても何も変わりません。
huawei-will-start-stopped = { $stream } の録画が開始されます（現在は録画中ではありません：録画は { $time } に停止されました）。
huawei-will-start = { $stream } の録画が開始されます（ストリームはプッシュ中で、Livedesk が送ったコマンドによる録画は行われていません）。
huawei-too-soon = { $stream } の録画は { $count } 秒前に停止されました。Huawei Cloud では、10 秒を超えて経過するまで再開できません。
huawei-too-soon-hint = あと { $count } 秒待ってから、もう一度確認してください。
huawei-started = { $stream } の録画を開始しました。
huawei-started-note = 停止するまで続きます。ストリームが長く途切れると停止し、自動では再開しません。
huawei-stopped = { $stream } の録画を停止しました。
huawei-stopped-note = このストリームをもう一度録画するには、10 秒を超えて待ってから開始してください。
huawei-no-rule = Huawei Cloud によると録画が存在しません：{ $stream } を対象とする、コマンドで録画する録画ルールがありません。
huawei-no-rule-hint = Huawei Cloud Live コンソールで、このドメインとアプリに、コマンドで録画する録画ルール（すべてのストリームまたはこのストリーム向け）を追加してから、もう一度お試しください。
huawei-not-recorded = Huawei Cloud によると録画が存在しません：{ $stream } は現在コマンドで録画されていないか、対象となる、コマンドで録画する録画ルールがありません。
huawei-not-recorded-hint = 録画がコマンドで開始され、まだ続いているか確認してください（ストリームが長く途切れると自動的に停止します）。
huawei-restart-refused = Huawei Cloud が { $stream } の録画開始を拒否しました：停止してから 10 秒たっていません。
huawei-restart-refused-hint = 録画を停止した後、10 秒を超えて待ってから同じストリームの録画を開始してください。
huawei-start-needs-push-hint = 録画を開始できるのは、ストリームが { $domain } にプッシュされている間だけです。エンコーダーが配信中か確認してから、もう一度お試しください。
