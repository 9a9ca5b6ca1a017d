# Generated from the Rust modules (livedesk-core/src/schema_catalog.rs): do not edit.
# Translate this file into i18n/<lang>/engine/ under the same name and ids.

op-naver-switch_stream = Switch a channel between main and backup stream
    .help = Switches which stream a Live Station channel puts on air: from the main stream to the backup stream, or back. The channel must be PUBLISHING (receiving a stream) and have a backup stream. Viewers stay on the channel; only the source changes. The region comes from the account (KR unless set otherwise).
op-naver-switch_stream-f-channelId = Channel ID
    .description = The Live Station channel, e.g. ls-20250814123456-zTwK2.
op-naver-list_channels = List channels
    .help = Lists the Live Station channels of this account and region, with their status (such as receiving a stream, PUBLISHING) and which stream is on air. Filter by status, or by all or part of a channel id or name. Changes nothing.
op-naver-list_channels-f-pageNo = Page
    .description = The page to show, from 1.
op-naver-list_channels-f-pageSizeNo = Channels per page
    .description = From 1 to 100.
op-naver-list_channels-f-channelStatus = Status
    .description = Only channels in this state.
    .c-CREATING = Being created (CREATING)
    .c-READY = Ready, not receiving a stream (READY)
    .c-PUBLISHING = Receiving a stream (PUBLISHING)
    .c-BLOCK = Stopped (BLOCK)
    .c-FORCE_BLOCK = Stopped by NAVER Cloud (FORCE_BLOCK)
    .c-DELETED = Deleted (DELETED)
    .c-FORCE_DELETED = Unusable (FORCE_DELETED)
    .c-RESERVED = Scheduled to stream (RESERVED)
op-naver-list_channels-f-id = Channel ID
    .description = All or part of a channel id.
op-naver-list_channels-f-channelName = Channel name
    .description = All or part of a channel name.
op-naver-get_channel = Channel details
    .help = Shows one Live Station channel: its status (a switch between main and backup stream needs it to be receiving a stream, PUBLISHING), which stream is on air, whether it has a backup stream, recording, time machine and output protocol. Changes nothing.
op-naver-get_channel-f-channelId = Channel ID
    .description = The Live Station channel, e.g. ls-20250814123456-zTwK2.
