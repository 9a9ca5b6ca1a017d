# BlendVision One: the engine's sentences (summaries, effects, checks, explanations).

## common.rs

blendvision-status-wait-for-preview = waiting for preview
blendvision-status-live = on air
blendvision-status-live-end = ended
blendvision-status-vod = available as video
blendvision-status-preparing = preparing
blendvision-status-scheduled = scheduled
blendvision-status-initiating = initiating
blendvision-status-preview = in preview
blendvision-status-encoding = encoding the video
blendvision-status-vod-ready = video ready
blendvision-status-closed = closed
blendvision-status-canceling = canceling
blendvision-status-archiving = archiving
blendvision-status-archived = archived
blendvision-status-fail-to-create = failed to create
blendvision-status-fail-to-preview = failed to preview
blendvision-status-fail-to-end = failed to end
blendvision-status-fail-to-vod = failed to make the video
blendvision-status-fail-to-cancel = failed to cancel
blendvision-status-fail-to-archive = failed to archive
blendvision-resolution-hd = High definition (HD, 720p)
blendvision-resolution-fhd = Full HD (FHD, 1080p)
blendvision-resolution-4k = Ultra HD (4K, 2160p)
blendvision-state-status = Status: { $status }.
blendvision-state-privacy-token-limit = Privacy: viewers need a token or redeem code (up to { $limit } devices each).
blendvision-state-privacy-token = Privacy: viewers need a token or redeem code (no device limit).
blendvision-state-privacy-public = Privacy: public, anyone can watch.
blendvision-state-watermark = Watermark: { $state }.
blendvision-state-chatroom = Chatroom during the live: { $state }.
blendvision-state-download = Saved for download: { $state }.
blendvision-unknown-live = BlendVision One has no live with the id “{ $id }” in this organisation.
blendvision-unknown-live-hint = Check the live id (it may have been deleted), and that the account's organisation is the live's.

## get_live.rs

blendvision-live-named = Live “{ $name }” ({ $id }).
blendvision-live = Live { $id }.
blendvision-resolution = Resolution: { $resolution }.

## list_lives.rs

blendvision-live-detail = { $status }, { $resolution }
blendvision-lives-none = No lives match.
blendvision-lives-page = { $count } lives; this page shows { $shown }.
blendvision-lives-count = { $count ->
    [one] 1 live.
   *[other] { $count } lives.
}

## update_live.rs

blendvision-check-vod-order = Available until must be later than Available from.
blendvision-check-message-ttl = Message retention must be from { $min }s to { $max }s.
blendvision-check-batch-window = Message batch window must be from { $min }s to { $max }s.
blendvision-effect-live-now = Live “{ $name }” is { $status } now: viewers see these changes right away.
blendvision-effect-not-live = Live “{ $name }” is { $status } now: the changes apply to it from now on.
blendvision-updated-named = Live “{ $name }” ({ $id }) was updated.
blendvision-updated = Live { $id } was updated.
blendvision-current-no-security = BlendVision One did not return the live's security settings; fill them in before sending.
blendvision-immutable = BlendVision One did not accept “{ $field }”: it is fixed when the live is created and cannot be changed.
blendvision-immutable-hint = Leave “{ $field }” out, or send its current value.
