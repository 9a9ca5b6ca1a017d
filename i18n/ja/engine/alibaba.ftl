# Alibaba Cloud ApsaraVideo Live: プロダクションスタジオの操作の文 (src-tauri/crates/livedesk-operations/src/ops/alibaba/)。

## common.rs

alibaba-list-join = { $list }、{ $item }
alibaba-note-custom-params = トランスコードにカスタムのビデオパラメーター（CustomParams）がありますが、このフォームでは送信できません。送信すると、出力解像度とライブトランスコードテンプレートだけが残ります。
alibaba-note-on-demand = オンデマンド録画が設定されています（OnDemand { $mode }）。SetCasterConfig には対応するパラメーターがないため、このフォームには含まれません。
alibaba-note-auto-switch-unreadable = 自動切り替えの設定を読み取れませんでした。空欄のままにします。
alibaba-note-auto-switch-extra = 自動切り替えに、このフォームでは送信できない設定があります（{ $names }）。
alibaba-note-audio-mixer = オーディオミキサーモード（{ $mode }）に対応する SetCasterConfig のパラメーターはありません。このフォームでは変更できません。

## describe_casters.rs

alibaba-caster-idle = アイドル
alibaba-caster-streaming = ストリーム配信中
alibaba-caster-status = ステータス { $status }
alibaba-caster-channels-on = チャンネル有効
alibaba-casters-none = 条件に合うプロダクションスタジオはありません。
alibaba-casters-count = プロダクションスタジオ { $count } 件。
alibaba-casters-page = プロダクションスタジオ { $count } 件。このページには { $shown } 件を表示しています。

## describe_caster_config.rs

alibaba-studio-named = プロダクションスタジオ「{ $name }」（{ $id }）。
alibaba-studio = プロダクションスタジオ { $id }。
alibaba-domain = ストリーミングドメイン: { $domain }。
alibaba-domain-none = ストリーミングドメイン: なし（ないとスタジオを開始できません）。
alibaba-transcoding = トランスコード: { $template }。
alibaba-transcoding-plus = トランスコード: { $template }、追加で { $live }。
alibaba-transcoding-none = トランスコード: なし（ないとスタジオを開始できません）。
alibaba-recording-on = 録画: オン、ストレージバケット { $bucket } に { $formats } で保存。
alibaba-recording-no-bucket = （なし）
alibaba-recording-off = 録画: オフ。
alibaba-delay = 遅延: { $seconds } 秒。
alibaba-delay-off = 遅延: オフ。
alibaba-auto-switch = スタンバイへの自動切り替え: { $state }。
alibaba-channels-on = チャンネル: オン（再びオフにはできません）。
alibaba-channels-off = チャンネル: オフ。
alibaba-error-no-studio = Alibaba Cloud のこのリージョンにプロダクションスタジオ「{ $id }」はありません。
alibaba-error-no-studio-hint = スタジオ ID（コンソールのプロダクションスタジオ一覧）とアカウントのリージョンを確認してください。

## set_caster_config.rs

alibaba-set-done-named = プロダクションスタジオ「{ $name }」（{ $id }）に、送信した設定が適用されました。
alibaba-set-done = プロダクションスタジオ { $id } に、送信した設定が適用されました。
alibaba-set-cleared = 空欄だったため消去された項目: { $fields }。
alibaba-set-effect = プロダクションスタジオ { $id } の設定は、下の内容とまったく同じになります。Alibaba Cloud は設定全体を置き換えます。
alibaba-set-effect-cleared = 空欄のため、送信すると消去される項目: { $fields }。
alibaba-error-channels-stay-on = このプロダクションスタジオではチャンネルがオンになっており、Alibaba Cloud では再びオフにできません。
alibaba-error-channels-stay-on-hint = 「チャンネル」をオンにして、もう一度送信してください。
alibaba-error-channels-need-stop = チャンネルを初めてオンにできるのは、プロダクションスタジオが停止しているときだけです。
alibaba-error-channels-need-stop-hint = 先にスタジオを停止して（またはチャンネルをオフのままにして）、もう一度送信してください。
alibaba-error-in-use = プロダクションスタジオが使用中のため、Alibaba Cloud は今は設定を変更できません。
alibaba-error-in-use-hint = スタジオを停止するか、アイドル状態になってからもう一度お試しください。
alibaba-error-no-domain = Alibaba Cloud はストリーミングドメイン「{ $domain }」を認識していません。
alibaba-error-no-domain-hint = ドメインを確認してください。このアカウントに追加済みのストリーミングドメインである必要があります。
