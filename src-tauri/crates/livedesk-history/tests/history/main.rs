//! The history store against real SQLite files in temporary folders.

mod common;
mod concurrency;
mod interrupted;
mod migrate;
mod open;
mod replay;
mod retention;
mod search;
mod secrets;
