//! End-to-end tests of the sandbox over real loopback HTTP. One binary for all of them.

mod alibaba;
mod blendvision;
mod common;
mod control;
mod faults;
mod huawei;
mod naver;
