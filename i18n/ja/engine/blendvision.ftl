# BlendVision One: the engine's sentences (summaries, effects, checks, explanations).

## common.rs

blendvision-status-wait-for-preview = プレビュー待ち
blendvision-status-live = ライブ配信中
blendvision-status-live-end = ライブ配信終了
blendvision-status-vod = 動画として視聴可能
blendvision-status-preparing = 準備中
blendvision-status-scheduled = 予約済み
blendvision-status-initiating = 開始処理中
blendvision-status-preview = プレビュー中
blendvision-status-encoding = 動画をエンコード中
blendvision-status-vod-ready = 動画の準備完了
blendvision-status-closed = 終了
blendvision-status-canceling = キャンセル処理中
blendvision-status-archiving = アーカイブ中
blendvision-status-archived = アーカイブ済み
blendvision-status-fail-to-create = 作成に失敗
blendvision-status-fail-to-preview = プレビューに失敗
blendvision-status-fail-to-end = 終了処理に失敗
blendvision-status-fail-to-vod = 動画の作成に失敗
blendvision-status-fail-to-cancel = キャンセルに失敗
blendvision-status-fail-to-archive = アーカイブに失敗
blendvision-resolution-hd = 高画質（HD、720p）
blendvision-resolution-fhd = フル HD（FHD、1080p）
blendvision-resolution-4k = 超高画質（4K、2160p）
blendvision-state-status = ステータス：{ $status }。
blendvision-state-privacy-token-limit = 公開設定：視聴者にはトークンまたは視聴コードが必要です（1 つにつき端末 { $limit } 台まで）。
blendvision-state-privacy-token = 公開設定：視聴者にはトークンまたは視聴コードが必要です（端末数の制限なし）。
blendvision-state-privacy-public = 公開設定：公開、誰でも視聴できます。
blendvision-state-watermark = ウォーターマーク：{ $state }。
blendvision-state-chatroom = ライブイベント中のチャットルーム：{ $state }。
blendvision-state-download = ダウンロード用に保存：{ $state }。
blendvision-unknown-live = BlendVision One のこの組織には ID が「{ $id }」のライブイベントはありません。
blendvision-unknown-live-hint = ライブイベント ID（削除された可能性があります）と、アカウントの組織がそのライブイベントの組織であることを確認してください。

## get_live.rs

blendvision-live-named = ライブイベント「{ $name }」（{ $id }）。
blendvision-live = ライブイベント { $id }。
blendvision-resolution = 解像度：{ $resolution }。

## list_lives.rs

blendvision-live-detail = { $status }、{ $resolution }
blendvision-lives-none = 条件に合うライブイベントはありません。
blendvision-lives-page = ライブイベント { $count } 件。このページには { $shown } 件を表示しています。
blendvision-lives-count = ライブイベント { $count } 件。

## update_live.rs

blendvision-check-vod-order = 公開終了日時は公開開始日時より後にしてください。
blendvision-check-message-ttl = メッセージの保存期間は { $min }s〜{ $max }s にしてください。
blendvision-check-batch-window = メッセージのまとめ配信間隔は { $min }s〜{ $max }s にしてください。
blendvision-effect-live-now = ライブイベント「{ $name }」は現在{ $status }です：視聴者にはこの変更がすぐに反映されます。
blendvision-effect-not-live = ライブイベント「{ $name }」は現在{ $status }です：変更はこれ以降適用されます。
blendvision-updated-named = ライブイベント「{ $name }」（{ $id }）を更新しました。
blendvision-updated = ライブイベント { $id } を更新しました。
blendvision-current-no-security = BlendVision One からライブイベントのセキュリティ設定が返されませんでした。送信する前に入力してください。
blendvision-immutable = BlendVision One は「{ $field }」を受け付けませんでした：ライブイベント作成時に決まり、変更できません。
blendvision-immutable-hint = 「{ $field }」を空欄にするか、現在の値を送信してください。
