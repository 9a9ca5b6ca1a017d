//! Alibaba Cloud ApsaraVideo Live (`live.aliyuncs.com`, RPC or ACS3 signing).

mod common;

super::operations! {
    set_caster_config::SetCasterConfig,
    describe_casters::DescribeCasters,
    describe_caster_config::DescribeCasterConfig,
}
