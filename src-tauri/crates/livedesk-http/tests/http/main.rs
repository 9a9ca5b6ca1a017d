//! Tests of livedesk-http over real HTTP against the sandbox and a tiny scripted server, all
//! on 127.0.0.1. One binary for all of them.

mod check;
mod common;
mod endpoint;
mod faults;
mod languages;
mod retry;
mod secrets;
mod vendor_errors;
