//! BlendVision One (`api.one.blendvision.com`, bearer token and organisation id).

mod common;
pub mod interaction;
pub mod sections;
pub mod security;

super::operations! {
    update_live::UpdateLive,
    list_lives::ListLives,
    get_live::GetLive,
}
