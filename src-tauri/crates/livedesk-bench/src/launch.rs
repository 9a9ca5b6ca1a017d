//! Starting an app the way a producer would (a fresh process, its own data folders), following
//! its timing marks, and stopping it with everything it started.

use std::fs::File;
#[cfg(unix)]
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use livedesk_core::perf::{read_marks, unix_ms_now, PerfMark, CALLS_ENV, MARKS_ENV};

pub struct Launch {
    child: Child,
    marks: PathBuf,
    log: PathBuf,
    /// Wall-clock time just before the process was started.
    pub spawned_unix_ms: f64,
}

/// Where one app keeps its data between launches (warm-up, then measured runs).
pub fn data_env(home: &Path) -> Vec<(String, PathBuf)> {
    vec![
        ("HOME".into(), home.to_owned()),
        ("XDG_DATA_HOME".into(), home.join(".local/share")),
        ("XDG_CONFIG_HOME".into(), home.join(".config")),
        ("XDG_CACHE_HOME".into(), home.join(".cache")),
    ]
}

impl Launch {
    /// `workload_calls` > 0 makes Livedesk open every form and send that many calls itself;
    /// `env` is added to the app's environment.
    pub fn start(
        binary: &Path,
        home: &Path,
        run_dir: &Path,
        name: &str,
        workload_calls: u32,
        env: &[(&str, &str)],
    ) -> std::io::Result<Launch> {
        std::fs::create_dir_all(run_dir)?;
        let marks = run_dir.join(format!("{name}.marks.jsonl"));
        let log = run_dir.join(format!("{name}.log"));
        let _ = std::fs::remove_file(&marks);
        let output = File::create(&log)?;
        let mut command = Command::new(binary);
        command
            .envs(data_env(home))
            .env(MARKS_ENV, &marks)
            .env(CALLS_ENV, workload_calls.to_string())
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(output.try_clone()?)
            .stderr(output);
        // Its own process group: stopping it takes WebKit's processes along.
        #[cfg(unix)]
        command.process_group(0);
        let spawned_unix_ms = unix_ms_now();
        let child = command.spawn()?;
        Ok(Launch {
            child,
            marks,
            log,
            spawned_unix_ms,
        })
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn marks(&self) -> Vec<PerfMark> {
        read_marks(&self.marks).unwrap_or_default()
    }

    /// The first mark for which `wanted` says yes; an error if the app exits or time runs out.
    pub fn wait_for(
        &mut self,
        what: &str,
        timeout: Duration,
        wanted: impl Fn(&PerfMark) -> bool,
    ) -> Result<PerfMark, String> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(mark) = self.marks().into_iter().find(|m| wanted(m)) {
                return Ok(mark);
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!(
                    "{} exited ({status}) before {what}; see {}",
                    self.describe(),
                    self.log.display()
                ));
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "{} gave no {what} within {timeout:?}; see {}",
                    self.describe(),
                    self.log.display()
                ));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn describe(&self) -> String {
        format!("process {}", self.child.id())
    }

    /// SIGTERM to the whole group, then SIGKILL after a grace period.
    #[cfg(unix)]
    pub fn stop(mut self) {
        let group = -(self.child.id() as i32);
        // SAFETY: kill(2) with a negative pid signals our child's process group only.
        unsafe { libc::kill(group, libc::SIGTERM) };
        let deadline = Instant::now() + Duration::from_secs(3);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        // SAFETY: as above; stragglers (WebKit children) go too.
        unsafe { libc::kill(group, libc::SIGKILL) };
        let _ = self.child.wait();
    }

    /// The benchmark measures Linux processes (/proc, WebKitGTK); elsewhere it only has to
    /// compile with the workspace, and stopping the app itself is enough.
    #[cfg(not(unix))]
    pub fn stop(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
