# Huawei Cloud Live: what its operations say (review, summaries, explanations, pickers).
# Domain, app and stream names, resolutions and times are placeholders, never translated.

## common.rs

huawei-backup-state = Stream backup is { $state ->
        [on] ON
       *[off] OFF
    } for { $domain }.
huawei-backup-state-now = Stream backup is now { $state ->
        [on] ON
       *[off] OFF
    } for { $domain }.
huawei-backup-on-means = Several encoders can push the same stream name; if the one on air stops, the next takes over.
huawei-backup-off-means = Only one stream per stream name is accepted on this domain.
huawei-unknown-domain = Huawei Cloud has no ingest domain “{ $domain }” in this project.
huawei-unknown-domain-hint = Check the ingest (push) domain name, and that the account's project and endpoint are those of the region where the domain was added.

## get_stream_backup.rs

huawei-backup-unsaid = Huawei Cloud did not say whether stream backup is on for { $domain }.

## stream_backup.rs

huawei-backup-stays = Stream backup stays { $state ->
        [on] ON
       *[off] OFF
    } for { $domain } (it is { $state ->
        [on] ON
       *[off] OFF
    } already): nothing changes.
huawei-backup-will-be-now = Stream backup will be { $state ->
        [on] ON
       *[off] OFF
    } for { $domain } (now: { $now ->
        [on] ON
       *[off] OFF
    }).
huawei-backup-will-be = Stream backup will be { $state ->
        [on] ON
       *[off] OFF
    } for { $domain }.

## list_domains.rs

huawei-domains = { $count ->
        [0] No live domain.
        [one] 1 live domain.
       *[other] { $count } live domains.
    }
# One domain of the list: push.example.com: ingest domain (encoders push to it), in service.
huawei-domain-line = { $name }: { $kind }, { $status }
huawei-domain-kind-push = ingest domain (encoders push to it)
huawei-domain-kind-pull = streaming domain (viewers watch from it)
huawei-domain-kind-unknown = domain
huawei-domain-status-on = in service
huawei-domain-status-off = turned off
huawei-domain-status-configuring = being set up
huawei-domain-status-unknown = status unknown

## list_record_rules.rs

huawei-rules = { $count ->
        [0] No recording rule.
        [one] 1 recording rule.
       *[other] { $count } recording rules.
    }
# One rule of the list: push.example.com, app live, every stream: records on a schedule.
huawei-rule-line = { $domain }, app { $app }, { $streams }: { $kind }
huawei-rule-every-stream = every stream
huawei-rule-stream = stream { $stream }
huawei-rule-command = recording by command (start and stop from Livedesk)
huawei-rule-continuous = records whenever the stream is pushed
huawei-rule-plan = records on a schedule
huawei-rule-on-demand = records on request
huawei-rule-unknown = recording
# The app picker's detail of an app.
huawei-rule-pick = recording by command, { $streams }

## list_streams_online.rs

huawei-streams-online = { $count ->
        [0] No stream is being pushed to { $domain } now.
        [one] 1 stream is being pushed to { $domain } now.
       *[other] { $count } streams are being pushed to { $domain } now.
    }
# One stream of the list: live/main, 1920x1080, since 2025-06-01 08:00 UTC.
huawei-stream-since = { $stream }, since { $since }
huawei-pushed = being pushed
huawei-pushed-since = being pushed since { $since }

## record_control.rs

# A stream in a sentence: live/main on push.example.com.
huawei-stream-label = { $app }/{ $stream } on { $domain }
huawei-not-recording-not-pushed = { $stream } is not recording: it is not being pushed.
huawei-not-recording-stopped = { $stream } is not recording: recording was stopped at { $time }.
huawei-not-recording-hint = There is nothing to stop. Check the domain, app and stream.
huawei-cannot-stop-not-pushed = Recording of { $stream } cannot stop: it is not being pushed.
huawei-cannot-stop-stopped = Recording of { $stream } cannot stop: recording was stopped at { $time }.
huawei-will-stop = Recording of { $stream } will stop (it is recording since { $time }).
huawei-will-stop-if-recording = Recording of { $stream } will stop, if it is recording (the stream is being pushed; Huawei Cloud does not say whether it records).
huawei-not-pushed = { $stream } cannot be recorded: it is not being pushed.
huawei-not-pushed-hint = Start the encoder for this stream, then review again.
huawei-cannot-start = Recording of { $stream } cannot start: it is not being pushed.
huawei-recording-already = { $stream } is recording already (it is recording since { $time }); starting it again changes nothing.
huawei-will-start-stopped = Recording of { $stream } will start (it is not recording now: recording was stopped at { $time }).
huawei-will-start = Recording of { $stream } will start (the stream is being pushed; it is not recording by a command Livedesk sent).
huawei-too-soon = Recording of { $stream } was stopped { $count ->
        [one] 1 second
       *[other] { $count } seconds
    } ago; Huawei Cloud refuses to start it again until more than 10 seconds have passed.
huawei-too-soon-hint = Wait { $count ->
        [one] 1 more second
       *[other] { $count } more seconds
    }, then review again.
huawei-started = Recording of { $stream } has started.
huawei-started-note = It runs until you stop it; if the stream is interrupted for too long, it stops and does not restart by itself.
huawei-stopped = Recording of { $stream } has stopped.
huawei-stopped-note = To record this stream again, wait more than 10 seconds before starting it.
huawei-no-rule = Huawei Cloud says the record does not exist: no recording rule that records by command covers { $stream }.
huawei-no-rule-hint = In the Huawei Cloud Live console, add a recording rule that records by command for this domain and app (for all streams or this one), then try again.
huawei-not-recorded = Huawei Cloud says the record does not exist: { $stream } is not being recorded by command right now, or no recording rule that records by command covers it.
huawei-not-recorded-hint = Check that recording was started by command and is still running (it stops by itself when the stream is interrupted for too long).
huawei-restart-refused = Huawei Cloud refused to start recording { $stream }: it was stopped less than 10 seconds ago.
huawei-restart-refused-hint = Wait more than 10 seconds after stopping before starting the same stream again.
huawei-start-needs-push-hint = Recording can start only while the stream is being pushed to { $domain }: check that the encoder is live, then try again.
