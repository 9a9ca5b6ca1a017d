//! The operations, one module each. Adding one: write its module, then add one line here.
//! Writes first, then the reads (`OperationKind::Read`) that load their current state and
//! fill their pickers.

use crate::operation::{registered, DynOperation};

macro_rules! operations {
    ($($module:ident :: $op:ident),* $(,)?) => {
        $(pub mod $module;)*

        /// Every operation, in catalog order.
        pub(crate) fn all() -> Vec<&'static dyn DynOperation> {
            vec![$(registered::<$module::$op>()),*]
        }
    };
}

operations! {
    huawei_stream_backup::StreamBackup,
    huawei_record_control::RecordControl,
    naver_switch_stream::SwitchStream,
    blendvision_update_live::UpdateLive,
    alibaba_set_caster_config::SetCasterConfig,
    huawei_get_stream_backup::GetStreamBackup,
    naver_list_channels::ListChannels,
    naver_get_channel::GetChannel,
    blendvision_list_lives::ListLives,
    blendvision_get_live::GetLive,
    alibaba_describe_casters::DescribeCasters,
    alibaba_describe_caster_config::DescribeCasterConfig,
}
