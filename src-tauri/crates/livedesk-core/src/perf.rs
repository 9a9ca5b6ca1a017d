//! Timing marks for the performance benchmark (`scripts/bench.sh`). Only a run started by the
//! benchmark has a mark file; for everyone else `perf_mark` does nothing and writes nothing.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where marks go (`LIVEDESK_BENCH_MARKS`) and what the window should do by itself.
pub const MARKS_ENV: &str = "LIVEDESK_BENCH_MARKS";
/// Number of calls the window sends by itself after opening every form (`LIVEDESK_BENCH_CALLS`).
pub const CALLS_ENV: &str = "LIVEDESK_BENCH_CALLS";

/// What a benchmark run asks of the window; absent in normal use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BenchmarkRun {
    /// 0: only report when the first screen has painted. Otherwise open every form, then send
    /// this many calls with a practice account, reporting paint and Send → answer times.
    pub workload_calls: u32,
}

/// One line of the mark file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PerfMark {
    pub name: String,
    /// Wall-clock time of the mark (ms since the Unix epoch), taken where it happened.
    pub at_unix_ms: f64,
    /// A measured duration that ends at this mark (form paint, Send → answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_ms: Option<f64>,
    /// Anything else the benchmark needs (the sandbox's address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// Appends marks as JSON lines; each line is flushed so the benchmark can follow the file live.
pub struct PerfLog {
    path: PathBuf,
    file: Mutex<File>,
}

impl PerfLog {
    pub fn create(path: &Path) -> std::io::Result<PerfLog> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        Ok(PerfLog {
            path: path.to_owned(),
            file: Mutex::new(file),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn write(&self, mark: &PerfMark) -> std::io::Result<()> {
        let mut line = serde_json::to_vec(mark).map_err(std::io::Error::other)?;
        line.push(b'\n');
        let mut file = self.file.lock().unwrap_or_else(|p| p.into_inner());
        file.write_all(&line)?;
        file.flush()
    }

    /// A mark taken now, on this process's clock.
    pub fn note(&self, name: &str, text: Option<String>) -> std::io::Result<()> {
        self.write(&PerfMark {
            name: name.into(),
            at_unix_ms: unix_ms_now(),
            duration_ms: None,
            text,
        })
    }
}

pub fn unix_ms_now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0)
}

/// Reads a mark file; lines that are not marks (a torn last line) are skipped.
pub fn read_marks(path: &Path) -> std::io::Result<Vec<PerfMark>> {
    let text = std::fs::read_to_string(path)?;
    Ok(text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_round_trip_through_the_file_and_torn_lines_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("marks.jsonl");
        let log = PerfLog::create(&path).unwrap();
        log.note("sandbox", Some("http://127.0.0.1:1".into()))
            .unwrap();
        let paint = PerfMark {
            name: "form".into(),
            at_unix_ms: 1.5,
            duration_ms: Some(42.0),
            text: None,
        };
        log.write(&paint).unwrap();
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"{\"name\":")
            .unwrap();
        let marks = read_marks(&path).unwrap();
        assert_eq!(marks.len(), 2);
        assert_eq!(marks[0].text.as_deref(), Some("http://127.0.0.1:1"));
        assert!(marks[0].at_unix_ms > 1.6e12, "a real wall-clock time");
        assert_eq!(marks[1], paint);
    }
}
