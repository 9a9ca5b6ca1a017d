# NAVER Cloud Live Station: what its operations say (review, summaries, explanations).
# A channel's name and id, its status code (READY, PUBLISHING…) and the output protocol are
# the vendor's words: placeholders, never translated.

## common.rs

naver-status-creating = being created
naver-status-ready = ready, not receiving a stream
naver-status-publishing = receiving a stream
naver-status-stopped = stopped
naver-status-force-block = stopped by NAVER Cloud
naver-status-deleted = deleted
naver-status-reserved = scheduled to stream
naver-status-unknown = in an unknown state
# A channel with its name: “main_stage” (ls-2025…).
naver-channel-name = “{ $name }” ({ $id })
naver-unknown-channel = NAVER Cloud has no channel “{ $channel }” in this account and region.
naver-unknown-channel-hint = Check the channel id in the Live Station console, and the account's region.

## get_channel.rs

naver-channel-is = Channel { $name } is { $status } ({ $words }).
naver-channel-only = Channel { $name }.
naver-backup-on-air = The backup stream is on air.
naver-main-on-air = The main stream is on air.
naver-failover = Stream failover (main/backup redundancy) is { $state ->
        [on] ON
       *[off] OFF
    } for this channel.
naver-recording = Recording: { $state ->
        [on] ON
       *[off] OFF
    }.
naver-dvr = Time machine (DVR): { $state ->
        [on] ON
       *[off] OFF
    }.
naver-output-protocol = Output protocol: { $protocol }.

## list_channels.rs

naver-channels-none = No channels match.
naver-channels-count = { $count ->
    [one] 1 channel.
   *[other] { $count } channels.
}
naver-channels-page = { $count } channels; this page shows { $shown }.

# One channel of the list: PUBLISHING (receiving a stream), backup stream on air.
naver-list-status = { $status } ({ $words })
naver-list-status-backup = { $status } ({ $words }), backup stream on air
naver-list-status-main = { $status } ({ $words }), main stream on air
naver-list-status-unknown = status unknown

## switch_stream.rs

naver-switched-backup = The backup stream is now on air on channel { $name }.
naver-switched-main = The main stream is now on air on channel { $name }.
naver-switched = NAVER Cloud switched the stream of channel { $name }.
naver-channel-status = Channel status: { $status } ({ $words }).
naver-will-switch = Channel { $name } will switch to its other stream (main or backup).
naver-not-publishing = Channel { $name } is { $status } ({ $words }): NAVER Cloud switches between main and backup stream only while the channel is PUBLISHING (receiving a stream).
naver-not-publishing-hint = Start streaming to the channel, wait until its status is PUBLISHING (receiving a stream), then review again.
naver-will-go-main = The main stream will go on air on channel { $name } (now: backup stream).
naver-will-go-backup = The backup stream will go on air on channel { $name } (now: main stream).
naver-viewers-stay = Viewers stay on the channel; only the source changes.
naver-switch-prefill-note = This form has nothing to prefill beyond the channel: each send switches to the other stream, and sending it again switches back.
naver-switch-refused = NAVER Cloud switches between main and backup stream only while the channel is PUBLISHING (receiving a stream).
naver-switch-refused-now = NAVER Cloud switches between main and backup stream only while the channel is PUBLISHING (receiving a stream). Channel { $name } is { $status } ({ $words }).
naver-switch-refused-hint = Start streaming to the channel, wait until its status is PUBLISHING (receiving a stream), then switch.
