//! Tests of the operations through the public API: the catalog and its schemas, the exact
//! vendor requests, validation, review and curl, round trips against the sandbox on
//! 127.0.0.1, and the reads with what is built on them (pickers, current state, diff,
//! undo). One binary for all of them.

mod catalog;
mod common;
mod current;
mod diff;
mod effects;
mod lang_naver_huawei;
mod languages;
mod languages_blendvision;
mod pickers;
mod reads;
mod requests;
mod review;
mod sandbox_alibaba;
mod sandbox_blendvision;
mod sandbox_huawei;
mod sandbox_naver;
mod undo;
mod validation;
