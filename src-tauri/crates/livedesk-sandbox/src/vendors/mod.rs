//! The vendor APIs: routing, state rules and each vendor's own error bodies.

// Handlers bail out with the vendor's finished error response (`Err(Resp)`); it is built at
// most once per request, so its size does not matter.
#![allow(clippy::result_large_err)]

pub(crate) mod alibaba;
mod alibaba_casters;
pub(crate) mod blendvision;
mod blendvision_validate;
pub(crate) mod huawei;
pub(crate) mod naver;

use crate::faults::Vendor;
use crate::state::State;
use crate::wire::{self, Req, Resp};
use http::StatusCode;

pub(crate) fn dispatch(state: &State, vendor: Option<Vendor>, req: &Req) -> Resp {
    match vendor {
        Some(Vendor::Huawei) => huawei::handle(state, req),
        Some(Vendor::Naver) => naver::handle(state, req),
        Some(Vendor::BlendVision) => blendvision::handle(state, req),
        Some(Vendor::Alibaba) => alibaba::handle(state, req),
        None => wire::text(StatusCode::NOT_FOUND, "no vendor API at this path\n"),
    }
}

/// A 5xx in the vendor's own error shape (fault injection).
pub(crate) fn server_error(vendor: Option<Vendor>, status: StatusCode, req: &Req) -> Resp {
    match vendor {
        Some(Vendor::Huawei) => huawei::server_error(status, req),
        Some(Vendor::Naver) => naver::server_error(status),
        Some(Vendor::BlendVision) => blendvision::server_error(status),
        Some(Vendor::Alibaba) => alibaba::server_error(status, req),
        None => wire::text(status, "sandbox fault\n"),
    }
}
