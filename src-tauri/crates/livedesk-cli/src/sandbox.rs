//! `livedesk-cli sandbox` (issue 5).

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_args: Args) -> Result<(), String> {
    Err("the sandbox is not available yet".into())
}
