//! Where a process's memory sits, from `/proc/<pid>/smaps`: PSS per kind of mapping (the heap,
//! anonymous memory, libraries, each font file, ...). The totals say how much; this says what
//! grew, e.g. font files read in full for their glyphs versus caches on the heap.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use crate::memory::descendants;

const FONT_EXTENSIONS: [&str; 5] = [".ttf", ".otf", ".ttc", ".otc", ".woff2"];

/// The kind a mapping's name (the sixth column of its header line) is counted under.
fn kind(name: &str) -> String {
    let name = name.trim();
    let file = name.trim_end_matches(" (deleted)");
    if name.is_empty() {
        "anonymous".into()
    } else if name == "[heap]" {
        "heap".into()
    } else if FONT_EXTENSIONS.iter().any(|e| file.ends_with(e)) {
        let base = file.rsplit('/').next().unwrap_or(file);
        format!("font {base}")
    } else if file.starts_with("/memfd:")
        || file.starts_with("/dev/shm/")
        || file.starts_with("/SYSV")
    {
        "shared memory".into()
    } else if file.contains(".so") {
        "libraries".into()
    } else if file.starts_with('/') {
        "other files".into()
    } else {
        "other".into()
    }
}

/// PSS in KiB per kind of mapping, from the text of one `smaps` file.
pub fn pss_by_kind(smaps: &str) -> BTreeMap<String, u64> {
    let mut out: BTreeMap<String, u64> = BTreeMap::new();
    let mut current = String::new();
    for line in smaps.lines() {
        if let Some(kib) = line.strip_prefix("Pss:") {
            let kib: u64 = kib
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse()
                .unwrap_or(0);
            *out.entry(current.clone()).or_insert(0) += kib;
        } else if is_header(line) {
            current = kind(line.splitn(6, ' ').nth(5).unwrap_or(""));
        }
    }
    out.retain(|_, kib| *kib > 0);
    out
}

/// A mapping's header: `start-end perms offset dev inode [name]`; field lines start with a
/// capitalised key instead.
fn is_header(line: &str) -> bool {
    line.split_once(' ')
        .and_then(|(range, _)| range.split_once('-'))
        .is_some_and(|(a, b)| {
            !a.is_empty() && a.chars().chain(b.chars()).all(|c| c.is_ascii_hexdigit())
        })
}

/// Per process name (summed over processes of the same name), PSS in KiB per kind of mapping.
pub fn tree_by_kind(proc: &Path, root: u32) -> BTreeMap<String, BTreeMap<String, u64>> {
    let mut out: BTreeMap<String, BTreeMap<String, u64>> = BTreeMap::new();
    for pid in descendants(proc, root) {
        let dir = proc.join(pid.to_string());
        let Ok(smaps) = fs::read_to_string(dir.join("smaps")) else {
            continue;
        };
        let name = fs::read_to_string(dir.join("comm"))
            .unwrap_or_default()
            .trim()
            .to_owned();
        let into = out.entry(name).or_default();
        for (kind, kib) in pss_by_kind(&smaps) {
            *into.entry(kind).or_insert(0) += kib;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMAPS: &str = "\
5581a1e00000-5581a1e21000 rw-p 00000000 00:00 0                          [heap]
Size:                132 kB
Rss:                 100 kB
Pss:                 100 kB
7f0000000000-7f0000100000 r--p 00000000 fe:01 1234                       /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
Size:              19028 kB
Pss:                3000 kB
Pss_Dirty:             0 kB
7f0000200000-7f0000300000 rw-p 00000000 00:00 0 
Pss:                 700 kB
7f0000300000-7f0000400000 rw-p 00000000 00:00 0
Pss:                  50 kB
7f0000400000-7f0000500000 r-xp 00000000 fe:01 99                         /usr/lib/x86_64-linux-gnu/libwebkit2gtk-4.1.so.0.13.5
Pss:                 400 kB
7f0000500000-7f0000600000 rw-s 00000000 00:01 5                          /memfd:wayland-shm (deleted)
Pss:                  30 kB
7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]
Pss:                  20 kB
7ffd00030000-7ffd00031000 r--p 00000000 00:00 0                          [vvar]
Pss:                   0 kB
";

    #[test]
    fn sums_pss_per_kind_of_mapping() {
        let kinds = pss_by_kind(SMAPS);
        assert_eq!(kinds["heap"], 100);
        assert_eq!(kinds["font NotoSansCJK-Regular.ttc"], 3000);
        assert_eq!(kinds["anonymous"], 750);
        assert_eq!(kinds["libraries"], 400);
        assert_eq!(kinds["shared memory"], 30);
        assert_eq!(kinds["other"], 20);
        // Kinds without resident pages are left out.
        assert_eq!(kinds.len(), 6);
        assert_eq!(kinds.values().sum::<u64>(), 4300);
    }

    #[test]
    fn reads_this_process_from_the_real_proc() {
        let tree = tree_by_kind(Path::new("/proc"), std::process::id());
        let mine = tree.values().next().expect("this process");
        assert!(mine.get("libraries").copied().unwrap_or(0) > 0);
    }
}
