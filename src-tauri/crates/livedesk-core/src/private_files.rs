//! Livedesk's data is readable by the user alone on Linux and macOS: its folders 0700, its files
//! 0600. History and logs can hold push URLs and stream keys, and a stream key lets anyone
//! broadcast on the producer's channel. On Windows nothing changes: the per-user folders
//! Livedesk writes to are already private to the user.
//!
//! The files are created by several hands (tauri-plugin-store writes `settings.json` in the app,
//! [`crate::accounts::JsonFileStore`] in the CLI, SQLite the history and its `-wal`/`-shm`,
//! tracing-appender the logs, a new one at every rotation), so the rule is set once for the
//! process ([`private_from_now_on`]) instead of after each of them, and what an older version
//! left readable is tightened at start ([`make_private`]).

use std::io;
use std::path::Path;

/// From now on every file and folder this process creates is the user's alone (umask 077).
///
/// Call it first thing in `main`, before any other thread exists: the umask is the process's.
pub fn private_from_now_on() {
    #[cfg(unix)]
    // SAFETY: umask only sets the process's file-creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
}

/// Creates `dir` when missing and takes group and other access away from it and from every
/// file and folder under it. Symbolic links are neither followed nor changed.
pub fn make_private(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
        tighten_tree(dir)
    }
    #[cfg(not(unix))]
    {
        std::fs::create_dir_all(dir)
    }
}

#[cfg(unix)]
fn tighten_tree(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        return Ok(());
    }
    let mode = meta.permissions().mode() & 0o7777;
    if mode & 0o077 != 0 {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & !0o077))?;
    }
    if meta.is_dir() {
        for entry in std::fs::read_dir(path)? {
            tighten_tree(&entry?.path())?;
        }
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::symlink_metadata(path)
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    }

    fn set_mode(path: &Path, mode: u32) {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    #[test]
    fn what_an_older_version_left_readable_is_tightened() {
        let root = tempfile::tempdir().unwrap();
        let data = root.path().join("data");
        std::fs::create_dir_all(data.join("logs")).unwrap();
        for file in [
            "settings.json",
            "history.sqlite3-wal",
            "logs/livedesk.2026-12-04.log",
        ] {
            std::fs::write(data.join(file), b"x").unwrap();
            set_mode(&data.join(file), 0o644);
        }
        set_mode(&data.join("logs"), 0o755);
        set_mode(&data, 0o755);
        // A link to something that is not Livedesk's is left as it is, and so is its target.
        let outside = root.path().join("outside.txt");
        std::fs::write(&outside, b"not ours").unwrap();
        set_mode(&outside, 0o644);
        std::os::unix::fs::symlink(&outside, data.join("link")).unwrap();

        make_private(&data).unwrap();

        assert_eq!(mode(&data), 0o700);
        assert_eq!(mode(&data.join("logs")), 0o700);
        for file in [
            "settings.json",
            "history.sqlite3-wal",
            "logs/livedesk.2026-12-04.log",
        ] {
            assert_eq!(mode(&data.join(file)), 0o600, "{file}");
        }
        assert_eq!(mode(&outside), 0o644);
    }

    #[test]
    fn a_missing_folder_is_created_private() {
        let root = tempfile::tempdir().unwrap();
        let data = root.path().join("a/b");
        make_private(&data).unwrap();
        assert_eq!(mode(&data), 0o700);
    }
}
