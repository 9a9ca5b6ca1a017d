//! Huawei Cloud Live (`live.<region>.myhuaweicloud.com`, SDK-HMAC-SHA256 signing).

mod common;

super::operations! {
    stream_backup::StreamBackup,
    record_control::RecordControl,
    get_stream_backup::GetStreamBackup,
    list_streams_online::ListStreamsOnline,
    list_domains::ListDomains,
    list_record_rules::ListRecordRules,
}
