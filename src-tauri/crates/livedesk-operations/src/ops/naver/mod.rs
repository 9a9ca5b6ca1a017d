//! NAVER Cloud Live Station (`livestation.apigw.ntruss.com`, API Gateway v2 signing).

mod common;

super::operations! {
    switch_stream::SwitchStream,
    list_channels::ListChannels,
    get_channel::GetChannel,
}
