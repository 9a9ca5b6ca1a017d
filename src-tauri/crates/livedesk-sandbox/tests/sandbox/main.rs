//! End-to-end tests of the sandbox over real loopback HTTP. One binary for all of them.

mod common;
mod huawei;
mod naver;
mod blendvision;
mod alibaba;
mod control;
mod faults;
