# Alibaba Cloud ApsaraVideo Live: the sentences of the production studio operations
# (src-tauri/crates/livedesk-operations/src/ops/alibaba/).

## common.rs

# A list inside a sentence (template codes, formats, field names), one item added at a time.
alibaba-list-join = { $list }, { $item }
alibaba-note-custom-params = Transcoding has custom video parameters (CustomParams), which this form cannot send: sending it keeps only the output template and the live templates.
alibaba-note-on-demand = Recording on demand is set (OnDemand { $mode }); SetCasterConfig has no parameter for it, so it is not part of this form.
alibaba-note-auto-switch-unreadable = The automatic switch-over setting could not be read; it is left empty.
alibaba-note-auto-switch-extra = Automatic switch-over has settings this form cannot send ({ $names }).
alibaba-note-audio-mixer = The audio mixer mode ({ $mode }) has no SetCasterConfig parameter; this form cannot change it.

## describe_casters.rs

alibaba-caster-idle = idle
alibaba-caster-streaming = streaming
alibaba-caster-status = status { $status }
alibaba-caster-channels-on = channels on
alibaba-casters-none = No production studios match.
alibaba-casters-count =
    { $count ->
        [one] { $count } production studio.
       *[other] { $count } production studios.
    }
alibaba-casters-page = { $count } production studios; this page shows { $shown }.

## describe_caster_config.rs

alibaba-studio-named = Production studio “{ $name }” ({ $id }).
alibaba-studio = Production studio { $id }.
alibaba-domain = Streaming domain: { $domain }.
alibaba-domain-none = Streaming domain: none (the studio cannot start without one).
alibaba-transcoding = Transcoding: { $template }.
alibaba-transcoding-plus = Transcoding: { $template }, plus { $live }.
alibaba-transcoding-none = Transcoding: none (the studio cannot start without it).
alibaba-recording-on = Recording: ON, to storage bucket { $bucket } as { $formats }.
alibaba-recording-no-bucket = (none)
alibaba-recording-off = Recording: OFF.
alibaba-delay = Delay: { $seconds } seconds.
alibaba-delay-off = Delay: off.
alibaba-auto-switch = Automatic switch to standby: { $state }.
alibaba-channels-on = Channels: ON (they cannot be turned off again).
alibaba-channels-off = Channels: OFF.
alibaba-error-no-studio = Alibaba Cloud has no production studio “{ $id }” in this region.
alibaba-error-no-studio-hint = Check the studio id (Cloud Production Studio list in the console) and the account's region.

## set_caster_config.rs

alibaba-set-done-named = Production studio “{ $name }” ({ $id }) now has the configuration you sent.
alibaba-set-done = Production studio { $id } now has the configuration you sent.
alibaba-set-cleared = Left empty, so now cleared: { $fields }.
alibaba-set-effect = Production studio { $id } will have exactly the configuration below: Alibaba Cloud replaces the whole configuration.
alibaba-set-effect-cleared = Left empty, so cleared when you send: { $fields }.
alibaba-error-channels-stay-on = Channels are on for this production studio, and Alibaba Cloud never lets them be turned off again.
alibaba-error-channels-stay-on-hint = Set Channels to On and send again.
alibaba-error-channels-need-stop = Channels can be turned on for the first time only while the production studio is stopped.
alibaba-error-channels-need-stop-hint = Stop the studio first (or leave Channels off), then send again.
alibaba-error-in-use = The production studio is in use, so Alibaba Cloud cannot change its configuration right now.
alibaba-error-in-use-hint = Stop the studio, or try again when it is idle.
alibaba-error-no-domain = Alibaba Cloud does not know the streaming domain “{ $domain }”.
alibaba-error-no-domain-hint = Check the domain: it must be a streaming domain added to this account.
