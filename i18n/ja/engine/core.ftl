# The engine core's own sentences (livedesk-core). Ids: core-…

## error.rs
core-internal = Livedesk で予期しない問題が起きました：{ $problem }
core-hint-correct-field = 「{ $field }」を修正して、もう一度お試しください。
core-hint-internal = 何も送信されていません。もう一度お試しください。繰り返し起きる場合は Livedesk を再起動してください。

## history.rs
core-interrupted = Livedesk が終了したとき、{ $name } の「{ $operation }」の変更を送信中でした。現在の設定を読み込んで、適用されたかどうか確認してください。
core-interrupted-hint = 履歴 #{ $entry } で送信した内容を確認できます。
core-interrupted-hint-undo = 履歴 #{ $entry } で送信した内容を確認できます。適用されていて取り消したい場合は、その履歴の「元に戻す」で送信前に読み込んだ設定に戻せます。

## storage.rs
core-settings-damaged = Livedesk の設定ファイルが壊れていたため、{ $backup } として退避しました。
core-settings-damaged-hint = Livedesk は空の設定で起動しました。キーはキーチェーンに残っています。アカウントを追加し直すか、壊れたファイルをサポートに送信してください。
core-settings-unreadable = Livedesk は設定ファイル { $path } を読み込めませんでした：{ $problem }
core-settings-unreadable-hint = Livedesk のデータフォルダーの権限を確認してから、Livedesk を再起動してください。
core-history-damaged = 呼び出しの履歴が壊れていたため（{ $reason }）、{ $backup } として退避しました。
core-history-damaged-hint = 新しい空の履歴を開始しました。アカウント、キー、下書きには影響ありません。
core-history-in-memory-hint = { $hint } このセッションの呼び出しは、Livedesk を閉じるまで履歴に表示されます。

## calls.rs
core-already-sending = この変更はすでに送信中です。
core-already-sending-hint = 応答を待ってから、もう一度送信してください。
core-changed-since-loaded = 読み込んだ後に、ほかの場所でこの設定が変更されました。何も送信していません。
core-changed-since-loaded-hint = 現在の設定を読み込み直し、変更内容を確認してから送信してください。

## engine.rs
core-history-unavailable = 呼び出しの履歴を利用できません。
core-history-unavailable-hint = Livedesk を再起動してください。呼び出しの送信は引き続きできます。
core-at-least-one = 1 以上にしてください（制限しない場合は空欄のまま）

## sealed.rs
core-stream-key-hidden = このストリームキーは伏せられているため、表示されたままでは送信できません。現在の設定をもう一度読み込むか、キーを入力してください。
