//! An empty Tauri window built from the same workspace, crate and release settings as Livedesk:
//! the floor every Tauri app on WebKitGTK stands on. `scripts/bench.sh` measures Livedesk side by
//! side with it; it reports its first paint through the same `perf_mark` command, sets WebKit up
//! as Livedesk does (`livedesk_app::webkit`) and opens its window the same way (hidden until the
//! page has loaded, `livedesk_app::reveal`), so that the difference between the two is what
//! Livedesk adds.

use livedesk_core::perf::{PerfLog, PerfMark, MARKS_ENV};

#[tauri::command(rename_all = "snake_case")]
fn perf_mark(
    marks: tauri::State<'_, Option<PerfLog>>,
    name: String,
    at_unix_ms: f64,
    duration_ms: Option<f64>,
) {
    if let Some(log) = marks.inner() {
        let _ = log.write(&PerfMark {
            name,
            at_unix_ms,
            duration_ms,
            text: None,
        });
    }
}

fn main() {
    livedesk_app::webkit::apply();
    let marks = std::env::var_os(MARKS_ENV).and_then(|p| PerfLog::create(p.as_ref()).ok());
    if let Some(log) = &marks {
        let _ = log.note("main_start", None);
    }
    tauri::Builder::default()
        .manage(marks)
        .plugin(livedesk_app::reveal::plugin())
        .invoke_handler(tauri::generate_handler![perf_mark])
        .run(tauri::generate_context!(
            "examples/blank_window_app/tauri.conf.json"
        ))
        .expect("the blank window could not start");
}
