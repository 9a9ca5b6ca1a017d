# The engine core's own sentences (livedesk-core). Ids: core-…

## error.rs
core-internal = Livedesk hit an unexpected problem: { $problem }
core-hint-correct-field = Correct “{ $field }” and try again.
core-hint-internal = Nothing was sent. Try again; if it keeps happening, restart Livedesk.

## history.rs
core-interrupted = A change to “{ $operation }” on { $name } was being sent when Livedesk closed. Load the current settings to see whether it was applied.
core-interrupted-hint = History entry #{ $entry } shows what was sent.
core-interrupted-hint-undo = History entry #{ $entry } shows what was sent. If it was applied and should not have been, its Undo puts back the settings read before it.

## storage.rs
core-settings-damaged = Livedesk's settings file was damaged and has been set aside as { $backup }.
core-settings-damaged-hint = Livedesk started with empty settings. Your keys are still in the keychain: add your accounts again, or send the damaged file to support.
core-settings-unreadable = Livedesk could not read its settings file { $path }: { $problem }
core-settings-unreadable-hint = Check the permissions of Livedesk's data folder, then restart Livedesk.
core-history-damaged = The call history was damaged ({ $reason }) and has been set aside as { $backup }.
core-history-damaged-hint = A new, empty history was started. Accounts, keys and drafts are not affected.
core-history-in-memory-hint = { $hint } This session's calls are still listed in History until Livedesk closes.

## calls.rs
core-already-sending = This change is already being sent.
core-already-sending-hint = Wait for its answer before sending it again.
core-changed-since-loaded = These settings were changed elsewhere since they were loaded. Nothing was sent.
core-changed-since-loaded-hint = Load the current settings again and check your changes before sending.

## engine.rs
core-history-unavailable = The call history is not available.
core-history-unavailable-hint = Restart Livedesk; calls can still be sent.
core-at-least-one = must be at least 1 (leave it empty for no limit)

## sealed.rs
core-stream-key-hidden = This stream key is hidden and cannot be sent as shown. Load the current settings again, or type the key.
