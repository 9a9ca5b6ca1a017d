//! The log: `LIVEDESK_LOG` (an `EnvFilter`, e.g. `debug` or `livedesk_http=debug`) decides
//! what is written, to stderr and, in the app, to a daily file in the app's log folder
//! (seven days kept, so the folder cannot grow without bound).
//!
//! The engine never logs a secret; every line is still passed through [`mask_remembered`]
//! on its way out, so a future mistake does not reach a support bundle.

use std::io::Write;
use std::path::{Path, PathBuf};

use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::filter::{filter_fn, EnvFilter};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::Layer;

use super::crash::CRASH_TARGET;
use livedesk_secrets::mask_remembered;

pub const LOG_ENV: &str = "LIVEDESK_LOG";
const LOG_FILES_KEPT: usize = 7;

/// What [`init_logging`] managed to set up.
#[derive(Debug, Default)]
pub struct LogSetup {
    /// The folder of the log files, when they can be written.
    pub log_dir: Option<PathBuf>,
    /// Why the log file could not be opened (logging then goes to stderr only).
    pub file_problem: Option<String>,
}

/// Installs the process's logger: stderr, plus daily files in `log_dir` when given.
/// `default_filter` applies when `LIVEDESK_LOG` is not set. Calling it twice keeps the first.
pub fn init_logging(log_dir: Option<&Path>, default_filter: &str) -> LogSetup {
    let filter =
        EnvFilter::try_from_env(LOG_ENV).unwrap_or_else(|_| EnvFilter::new(default_filter));
    // Colours only for a person at a terminal, not in a redirected or captured stderr.
    let stderr = tracing_subscriber::fmt::layer()
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(Scrubbed(std::io::stderr))
        .with_filter(filter_fn(|meta| meta.target() != CRASH_TARGET));
    let mut setup = LogSetup::default();
    let file = log_dir.and_then(|dir| match open_log_files(dir) {
        Ok(appender) => {
            setup.log_dir = Some(dir.to_owned());
            Some(
                tracing_subscriber::fmt::layer()
                    .with_ansi(false)
                    .with_writer(Scrubbed(appender)),
            )
        }
        Err(problem) => {
            setup.file_problem = Some(problem);
            None
        }
    });
    let _ = tracing_subscriber::registry()
        .with(filter)
        .with(stderr)
        .with(file)
        .try_init();
    setup
}

/// The daily log files in `dir`, which is created first: the appender prunes old files
/// before it creates the folder, and says "Error reading the log directory" on stderr at
/// every first start otherwise.
fn open_log_files(dir: &Path) -> Result<RollingFileAppender, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix("livedesk")
        .filename_suffix("log")
        .max_log_files(LOG_FILES_KEPT)
        .build(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))
}

/// A writer factory whose writers scrub each formatted event before passing it on.
struct Scrubbed<M>(M);

impl<'a, M: MakeWriter<'a>> MakeWriter<'a> for Scrubbed<M> {
    type Writer = ScrubbedEvent<M::Writer>;

    fn make_writer(&'a self) -> Self::Writer {
        ScrubbedEvent {
            inner: self.0.make_writer(),
            buffer: Vec::new(),
        }
    }
}

/// Holds one event's text (the formatter writes an event, then drops its writer) and writes
/// it scrubbed when dropped: a secret split across two `write` calls is still found.
struct ScrubbedEvent<W: Write> {
    inner: W,
    buffer: Vec<u8>,
}

impl<W: Write> Write for ScrubbedEvent<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.buffer.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<W: Write> Drop for ScrubbedEvent<W> {
    fn drop(&mut self) {
        let clean = mask_remembered(&String::from_utf8_lossy(&self.buffer));
        // Nowhere to report a failed log write to.
        let _ = self.inner.write_all(clean.as_bytes());
        let _ = self.inner.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_scrubbed_on_their_way_out() {
        livedesk_secrets::remember("scrub-writer-secret-77");
        let mut out = Vec::new();
        {
            let mut event = ScrubbedEvent {
                inner: &mut out,
                buffer: Vec::new(),
            };
            event.write_all(b"key=scrub-writer-").unwrap();
            event.write_all(b"secret-77 ok\n").unwrap();
        }
        assert_eq!(
            String::from_utf8(out).unwrap(),
            format!("key={} ok\n", livedesk_secrets::MASK)
        );
    }

    #[test]
    fn a_missing_log_folder_is_created_before_the_first_file() {
        let home = tempfile::tempdir().unwrap();
        let dir = home
            .path()
            .join("share")
            .join("app.livedesk.desktop")
            .join("logs");
        let mut appender = open_log_files(&dir).unwrap();
        appender.write_all(b"first line\n").unwrap();
        appender.flush().unwrap();
        let files: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(files.len(), 1, "{files:?}");
    }
}
