//! History rows as they are read back: written by an older or newer Livedesk, by hand, or
//! damaged, each column holding anything its type allows. Every way the engine reads a row
//! (`get`, `search`, `plan_send_again`, `plan_undo`) must answer without a panic.
//!
//! Input: `<outcome> <vendor> <operation> [<undo_of>]` on the first line, then one line per text
//! column, `request: {...}`, `input: ...`, `response: ...`, `summary: [...]`, `error: {...}`,
//! `state_before: ...`, `request_id: ...`, `account_name: ...`.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use livedesk_fuzz::Message;
use livedesk_history::{Filter, History};
use rusqlite::{params, Connection};

struct Db {
    history: History,
    /// A second connection that writes the rows as they are, past History's own checks.
    raw: Connection,
}

fn open() -> Db {
    let dir: PathBuf =
        std::env::temp_dir().join(format!("livedesk-fuzz-history-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let path = dir.join("history.sqlite3");
    let (history, _) = History::open(&path).expect("a new history");
    let raw = Connection::open(&path).expect("a second connection");
    // Rows are written and removed once per input: no wait for the disk each time.
    raw.pragma_update(None, "synchronous", "OFF")
        .expect("synchronous off");
    Db { history, raw }
}

fuzz_target!(|data: &[u8]| {
    thread_local! {
        static DB: Db = open();
    }
    let message = Message::parse(data);
    let words = message.words();
    let column = |name: &str| {
        message
            .headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    let text = |name: &str| column(name).unwrap_or_default();
    let outcome = words.first().copied().unwrap_or("ok");
    let vendor = words.get(1).copied().unwrap_or("huawei");
    let operation = words.get(2).copied().unwrap_or("huawei.stream_backup");
    let undo_of: Option<i64> = words.get(3).and_then(|w| w.parse().ok());
    DB.with(|db| {
        let inserted = db.raw.execute(
            "INSERT INTO entries (at, account_id, account_name, vendor, operation, outcome, \
             request, input, response, summary, error, error_code, state_before, request_id, \
             undo_of, search_text) \
             VALUES (?1, 'acc-1', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, NULL, ?11, ?12, ?13, '')",
            params![
                1_764_800_000_000i64,
                text("account_name"),
                vendor,
                operation,
                outcome,
                text("request"),
                text("input"),
                column("response"),
                text("summary"),
                column("error"),
                column("state_before"),
                column("request_id"),
                undo_of,
            ],
        );
        // A row the table's own constraints refuse (an unknown outcome) cannot exist.
        if inserted.is_err() {
            return;
        }
        let id = db.raw.last_insert_rowid();
        let _ = db.history.get(id);
        let _ = db.history.search(&Filter {
            text: column("request_id").map(str::to_owned),
            ..Filter::default()
        });
        let _ = db.history.plan_send_again(id);
        let _ = db.history.plan_undo(id);
        db.raw
            .execute("DELETE FROM entries", [])
            .expect("rows can be removed");
    });
});
