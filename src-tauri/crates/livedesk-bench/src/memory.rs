//! Memory of an app and every process it started (WebKit's web and network processes, and
//! whatever WebKit's sandbox puts between), as PSS from `/proc`: shared pages are divided
//! among the processes sharing them, so the sum is what the app really costs.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

#[derive(Clone, Debug, PartialEq)]
pub struct TreeMemory {
    pub pss_kib: u64,
    /// (pid, name, PSS in KiB) of each process.
    pub processes: Vec<(u32, String, u64)>,
}

/// The parent pid from `/proc/<pid>/stat` (the command name may hold spaces and parentheses).
pub fn parent_of(stat: &str) -> Option<u32> {
    let after_name = &stat[stat.rfind(')')? + 1..];
    after_name.split_whitespace().nth(1)?.parse().ok()
}

/// The `Pss:` line of `smaps_rollup`, in KiB.
pub fn pss_kib(smaps_rollup: &str) -> Option<u64> {
    smaps_rollup
        .lines()
        .find_map(|l| l.strip_prefix("Pss:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// `root` and all its descendants, from `proc` (normally `/proc`).
pub fn descendants(proc: &Path, root: u32) -> Vec<u32> {
    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    for entry in fs::read_dir(proc).into_iter().flatten().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        if let Some(ppid) = fs::read_to_string(entry.path().join("stat"))
            .ok()
            .as_deref()
            .and_then(parent_of)
        {
            children.entry(ppid).or_default().push(pid);
        }
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        if let Some(kids) = children.get(&tree[i]) {
            tree.extend(kids);
        }
        i += 1;
    }
    tree
}

/// PSS of `root`'s whole process tree. Processes that end while being read are skipped.
pub fn tree_memory(proc: &Path, root: u32) -> TreeMemory {
    let mut total = 0;
    let mut processes = Vec::new();
    for pid in descendants(proc, root) {
        let dir = proc.join(pid.to_string());
        let Some(pss) = fs::read_to_string(dir.join("smaps_rollup"))
            .ok()
            .as_deref()
            .and_then(pss_kib)
        else {
            continue;
        };
        total += pss;
        let name = fs::read_to_string(dir.join("comm"))
            .unwrap_or_default()
            .trim()
            .to_owned();
        processes.push((pid, name, pss));
    }
    TreeMemory {
        pss_kib: total,
        processes,
    }
}

/// WebKit processes running outside `tree`. They map the same libraries (WebKit's alone is
/// ~60 MB of code), so while they run the measured apps' share of those pages, and with it
/// their PSS, is smaller: figures taken then are not comparable with figures taken alone.
pub fn other_webkit_processes(proc: &Path, tree: &TreeMemory) -> usize {
    fs::read_dir(proc)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| !tree.processes.iter().any(|(p, _, _)| p == pid))
        .filter(|pid| {
            fs::read_to_string(proc.join(pid.to_string()).join("comm"))
                .is_ok_and(|name| name.starts_with("WebKit"))
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fake_process(proc: &Path, pid: u32, ppid: u32, name: &str, pss: u64) {
        let dir = proc.join(pid.to_string());
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            dir.join("stat"),
            format!("{pid} ({name}) S {ppid} {pid} {pid} 0 -1"),
        )
        .unwrap();
        fs::write(dir.join("comm"), format!("{name}\n")).unwrap();
        fs::write(
            dir.join("smaps_rollup"),
            format!("00400000-7ffe [rollup]\nRss:  999 kB\nPss:  {pss} kB\nPss_Anon: 1 kB\n"),
        )
        .unwrap();
    }

    #[test]
    fn parses_stat_with_odd_command_names() {
        assert_eq!(parent_of("42 (Web (Content) x) S 7 42 42 0"), Some(7));
        assert_eq!(parent_of("garbage"), None);
    }

    #[test]
    fn sums_the_pss_of_the_whole_tree_and_nothing_else() {
        let proc = tempfile::tempdir().unwrap();
        fake_process(proc.path(), 100, 1, "livedesk", 50_000);
        fake_process(proc.path(), 101, 100, "WebKitNetworkPr", 20_000);
        fake_process(proc.path(), 102, 100, "bwrap", 100);
        fake_process(proc.path(), 103, 102, "WebKitWebProces", 180_000);
        fake_process(proc.path(), 200, 1, "unrelated", 1_000_000);
        fs::create_dir_all(proc.path().join("self")).unwrap();
        let memory = tree_memory(proc.path(), 100);
        assert_eq!(memory.pss_kib, 250_100);
        assert_eq!(memory.processes.len(), 4);
        assert!(!memory.processes.iter().any(|(_, n, _)| n == "unrelated"));
        assert!(memory
            .processes
            .contains(&(103, "WebKitWebProces".into(), 180_000)));
    }

    #[test]
    fn counts_webkit_processes_outside_the_measured_tree() {
        let proc = tempfile::tempdir().unwrap();
        fake_process(proc.path(), 100, 1, "livedesk", 50_000);
        fake_process(proc.path(), 101, 100, "WebKitWebProces", 20_000);
        fake_process(proc.path(), 300, 1, "other-app", 1_000);
        fake_process(proc.path(), 301, 300, "WebKitWebProces", 1_000);
        fake_process(proc.path(), 302, 300, "WebKitNetworkPr", 1_000);
        let memory = tree_memory(proc.path(), 100);
        assert_eq!(other_webkit_processes(proc.path(), &memory), 2);
    }

    #[test]
    fn reads_this_process_from_the_real_proc() {
        let me = tree_memory(Path::new("/proc"), std::process::id());
        assert!(me.pss_kib > 0);
    }
}
