//! `livedesk-bench`: Livedesk measured side by side with a blank Tauri window from the same
//! workspace. Run it through `scripts/bench.sh`, which builds everything in release and provides
//! the display, D-Bus session and keychain.

mod launch;
mod mappings;
mod memory;
mod report;
mod sandbox_stats;
mod signing;
mod summary;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use clap::Parser;
use launch::Launch;
use report::Row;
use serde_json::json;
use summary::Summary;

/// The form the performance budget names: the largest one.
const LARGEST_FORM: &str = "blendvision.update_live";
const MB: f64 = 1024.0 * 1024.0;

#[derive(Parser)]
#[command(
    about = "Measures Livedesk against a blank Tauri window and prints the performance budget"
)]
struct Args {
    /// The release Livedesk binary.
    #[arg(long)]
    app: PathBuf,
    /// The release blank-window example (same workspace and profile).
    #[arg(long)]
    blank: PathBuf,
    /// The `.deb` bundle, when it was built.
    #[arg(long)]
    deb: Option<PathBuf>,
    /// Start-up and idle-memory runs of each app (starts vary run to run on a busy machine:
    /// nine keep one slow start of either app from moving the median much).
    #[arg(long, default_value_t = 9)]
    runs: usize,
    /// Extra start-up runs of both apps with WebKit's default rendering (GL compositing, in
    /// software without a GPU), shown for information beside the judged figures.
    #[arg(long, default_value_t = 3)]
    default_rendering_runs: usize,
    /// Runs that open every form and send `calls` calls.
    #[arg(long, default_value_t = 3)]
    workload_runs: usize,
    #[arg(long, default_value_t = 1000)]
    calls: u32,
    /// Seconds to let an app settle before its memory is read.
    #[arg(long, default_value_t = 5)]
    settle_secs: u64,
    /// Logs, mark files and the apps' data folders.
    #[arg(long, default_value = "artifacts/bench")]
    work_dir: PathBuf,
    /// Exit with status 2 when a target is missed.
    #[arg(long)]
    strict: bool,
    /// The system locale both apps start in (`LANG` and `LC_ALL`), e.g. `ja_JP.UTF-8`:
    /// Livedesk then starts in that language (its catalogs, CJK fonts), the blank window as before.
    #[arg(long)]
    locale: Option<String>,
}

/// A measure of start runs shown beside its blank-window baseline: name, unit, value, ratio.
type InfoRatio = (&'static str, &'static str, fn(&StartRun) -> f64, f64);

struct StartRun {
    start_ms: f64,
    pss_mb: f64,
    /// PSS per process name (the app, WebKitWebProcess, WebKitNetworkProcess, ...).
    by_process: BTreeMap<String, f64>,
    by_mapping: ByMapping,
    /// Every mark, as ms after the process was started.
    phases: BTreeMap<String, f64>,
}

/// Per process name, PSS in MB per kind of mapping (see `mappings`).
type ByMapping = BTreeMap<String, BTreeMap<String, f64>>;

fn by_mapping(pid: u32) -> ByMapping {
    mappings::tree_by_kind(Path::new("/proc"), pid)
        .into_iter()
        .map(|(process, kinds)| {
            let mb = kinds
                .into_iter()
                .map(|(kind, kib)| (kind, (kib as f64 / 102.4).round() / 10.0))
                .collect();
            (process, mb)
        })
        .collect()
}

/// The most WebKit processes of other apps seen while memory was read (see
/// `memory::other_webkit_processes`).
static OTHER_WEBKIT: AtomicUsize = AtomicUsize::new(0);

/// PSS of `pid`'s process tree, per process and per kind of mapping.
fn read_memory(pid: u32) -> (memory::TreeMemory, ByMapping) {
    let memory = memory::tree_memory(Path::new("/proc"), pid);
    let others = memory::other_webkit_processes(Path::new("/proc"), &memory);
    OTHER_WEBKIT.fetch_max(others, Ordering::Relaxed);
    (memory, by_mapping(pid))
}

fn by_process(memory: &memory::TreeMemory) -> BTreeMap<String, f64> {
    let mut out = BTreeMap::new();
    for (_, name, kib) in &memory.processes {
        *out.entry(name.clone()).or_insert(0.0) += *kib as f64 / 1024.0;
    }
    out
}

fn start_run(
    binary: &Path,
    home: &Path,
    dir: &Path,
    name: &str,
    settle: Duration,
    env: &[(&str, &str)],
) -> Result<StartRun, String> {
    let mut app = Launch::start(binary, home, dir, name, 0, env)
        .map_err(|e| format!("{}: {e}", binary.display()))?;
    let painted = app.wait_for("first screen", Duration::from_secs(90), |m| {
        m.name == "first_screen"
    });
    let result = painted.map(|mark| {
        std::thread::sleep(settle);
        let (memory, by_mapping) = read_memory(app.pid());
        let phases = app
            .marks()
            .into_iter()
            .map(|m| (m.name, m.at_unix_ms - app.spawned_unix_ms))
            .collect();
        StartRun {
            start_ms: mark.at_unix_ms - app.spawned_unix_ms,
            pss_mb: memory.pss_kib as f64 / 1024.0,
            by_process: by_process(&memory),
            by_mapping,
            phases,
        }
    });
    app.stop();
    result
}

#[derive(Default)]
struct Workload {
    forms: BTreeMap<String, Vec<f64>>,
    /// Send pressed → answer in the page, minus the sandbox's share of that send.
    added_ms: Vec<f64>,
    sends_ms: Vec<f64>,
    painted_ms: Vec<f64>,
    ipc_ms: Vec<f64>,
    answered_ms: Vec<f64>,
    without_page_ms: Vec<f64>,
    sandbox_ms_per_send: Vec<f64>,
    pss_mb: Vec<f64>,
    by_process: Vec<BTreeMap<String, f64>>,
    by_mapping: Vec<ByMapping>,
}

fn workload_run(args: &Args, home: &Path, name: &str, into: &mut Workload) -> Result<(), String> {
    let mut app = Launch::start(&args.app, home, &args.work_dir, name, args.calls, &[])
        .map_err(|e| e.to_string())?;
    let timeout = Duration::from_secs(120 + u64::from(args.calls) / 2);
    // The window pauses after this mark so the sandbox's count can be taken before the sends
    // (opening the forms made requests of their own).
    let before = app
        .wait_for("start of the sends", timeout, |m| {
            m.name == "sends_start" || m.name.starts_with("workload_failed")
        })
        .and_then(|_| {
            let marks = app.marks();
            let sandbox = marks
                .iter()
                .find(|m| m.name == "sandbox")
                .and_then(|m| m.text.clone())
                .ok_or("Livedesk noted no sandbox address")?;
            Ok((sandbox_stats::handling(&sandbox)?, sandbox))
        });
    let end = before.and_then(|before| {
        app.wait_for("end of the workload", timeout, |m| {
            m.name == "workload_done" || m.name.starts_with("workload_failed")
        })
        .map(|end| (before, end))
    });
    let result = end.and_then(|(((requests_before, total_before), sandbox), end)| {
        if end.name != "workload_done" {
            return Err(end.name);
        }
        let marks = app.marks();
        for mark in &marks {
            if let (Some(op), Some(ms)) = (mark.name.strip_prefix("form:"), mark.duration_ms) {
                into.forms.entry(op.to_owned()).or_default().push(ms);
            }
        }
        let durations = |name: &str| -> Vec<f64> { marks.iter().filter(|m| m.name == name).filter_map(|m| m.duration_ms).collect() };
        let sends = durations("send");
        let (requests, total_us) = sandbox_stats::handling(&sandbox)?;
        let requests = requests - requests_before;
        // The engine-only sends after the page's ones reached the sandbox too.
        let all_sends = sends.len() + durations("send_without_page").len();
        let share_ms = (total_us - total_before) as f64 / 1000.0 / all_sends.max(1) as f64;
        println!("  {name}: {} calls answered; the sandbox served {requests} requests, {share_ms:.3} ms per send", sends.len());
        into.added_ms.extend(sends.iter().map(|ms| ms - share_ms));
        into.sends_ms.extend(&sends);
        into.painted_ms.extend(durations("send_painted"));
        into.ipc_ms.extend(durations("ipc_round_trip"));
        into.answered_ms.extend(durations("send_answered"));
        into.without_page_ms.extend(durations("send_without_page"));
        into.sandbox_ms_per_send.push(share_ms);
        std::thread::sleep(Duration::from_secs(args.settle_secs));
        let (memory, by_mapping) = read_memory(app.pid());
        into.pss_mb.push(memory.pss_kib as f64 / 1024.0);
        into.by_process.push(by_process(&memory));
        into.by_mapping.push(by_mapping);
        Ok(())
    });
    app.stop();
    result
}

fn file_mb(path: &Path) -> Option<Summary> {
    std::fs::metadata(path)
        .ok()
        .and_then(|m| Summary::of(&[m.len() as f64 / MB]))
}

// One benchmark run is a fixed sequence of phases, each measured and reported in order;
// split up, the shared launch state would have to be threaded through every phase.
#[allow(clippy::too_many_lines)]
fn run(args: &Args) -> Result<(Vec<Row>, serde_json::Value), String> {
    let settle = Duration::from_secs(args.settle_secs);
    let homes = (
        args.work_dir.join("home-livedesk"),
        args.work_dir.join("home-blank"),
    );
    for home in [&homes.0, &homes.1] {
        let _ = std::fs::remove_dir_all(home);
    }
    println!("signing …");
    let signing = signing::per_signature_us(7, 5_000);

    println!("warming up (first start creates the practice accounts) …");
    start_run(
        &args.blank,
        &homes.1,
        &args.work_dir,
        "warmup-blank",
        Duration::ZERO,
        &[],
    )?;
    start_run(
        &args.app,
        &homes.0,
        &args.work_dir,
        "warmup-livedesk",
        Duration::ZERO,
        &[],
    )?;

    let (mut blank, mut livedesk) = (Vec::new(), Vec::new());
    for i in 1..=args.runs {
        // Interleaved, so both see the same machine.
        let b = start_run(
            &args.blank,
            &homes.1,
            &args.work_dir,
            &format!("start-blank-{i}"),
            settle,
            &[],
        )?;
        let l = start_run(
            &args.app,
            &homes.0,
            &args.work_dir,
            &format!("start-livedesk-{i}"),
            settle,
            &[],
        )?;
        println!(
            "  run {i}: start {:.0} / {:.0} ms, PSS {:.0} / {:.0} MB (blank / Livedesk; {} / {} processes)",
            b.start_ms, l.start_ms, b.pss_mb, l.pss_mb, b.by_process.len(), l.by_process.len()
        );
        blank.push(b);
        livedesk.push(l);
    }

    // Both apps choose how WebKit draws (livedesk_app::rendering); these runs override the
    // choice, to show what it changes on this machine.
    let webkit_default = [("LIVEDESK_GPU_COMPOSITING", "on")];
    let (mut blank_default, mut livedesk_default) = (Vec::new(), Vec::new());
    for i in 1..=args.default_rendering_runs {
        let b = start_run(
            &args.blank,
            &homes.1,
            &args.work_dir,
            &format!("default-rendering-blank-{i}"),
            settle,
            &webkit_default,
        )?;
        let l = start_run(
            &args.app,
            &homes.0,
            &args.work_dir,
            &format!("default-rendering-livedesk-{i}"),
            settle,
            &webkit_default,
        )?;
        println!(
            "  WebKit's default rendering, run {i}: start {:.0} / {:.0} ms, PSS {:.0} / {:.0} MB (blank / Livedesk)",
            b.start_ms, l.start_ms, b.pss_mb, l.pss_mb
        );
        blank_default.push(b);
        livedesk_default.push(l);
    }

    let mut work = Workload::default();
    for i in 1..=args.workload_runs {
        println!("workload {i}: every form, then {} calls …", args.calls);
        workload_run(args, &homes.0, &format!("workload-{i}"), &mut work)?;
    }

    let of = |runs: &[StartRun], f: fn(&StartRun) -> f64| {
        Summary::of(&runs.iter().map(f).collect::<Vec<_>>())
    };
    let idle = of(&livedesk, |r| r.pss_mb);
    let slowest_form = work
        .forms
        .iter()
        .filter_map(|(op, v)| Summary::of(v).map(|s| (op.clone(), s)))
        .max_by(|a, b| a.1.median.total_cmp(&b.1.median));

    let mut rows = vec![
        Row::ratio(
            "cold start to first screen painted",
            "ms",
            of(&livedesk, |r| r.start_ms),
            of(&blank, |r| r.start_ms),
            "blank window",
            1.3,
        ),
        Row::ratio(
            "memory idle after start, all processes (PSS)",
            "MB",
            idle.clone(),
            of(&blank, |r| r.pss_mb),
            "blank window",
            1.2,
        ),
        Row::ratio(
            &format!("memory after every form and {} calls (PSS)", args.calls),
            "MB",
            Summary::of(&work.pss_mb),
            idle,
            "Livedesk idle",
            1.1,
        ),
        Row::below("release binary", "MB", file_mb(&args.app), 15.0),
        Row::below(
            ".deb bundle",
            "MB",
            args.deb.as_deref().and_then(file_mb),
            10.0,
        ),
        Row::below(
            &format!("open the largest form ({LARGEST_FORM}) until painted"),
            "ms",
            work.forms.get(LARGEST_FORM).and_then(|v| Summary::of(v)),
            100.0,
        ),
    ];
    let webkit_default_rows: [InfoRatio; 2] = [
        ("cold start", "ms", |r| r.start_ms, 1.3),
        ("memory idle (PSS)", "MB", |r| r.pss_mb, 1.2),
    ];
    for (measure, unit, value, max_ratio) in webkit_default_rows {
        if blank_default.is_empty() {
            break;
        }
        let measure = format!("with WebKit's default rendering (GL compositing): {measure}");
        let (l, b) = (of(&livedesk_default, value), of(&blank_default, value));
        rows.push(Row::ratio(&measure, unit, l, b, "blank window", max_ratio).for_information());
    }
    if let Some((op, s)) = &slowest_form {
        rows.push(Row::info(
            &format!("open the slowest form ({op}) until painted"),
            "ms",
            Some(s.clone()),
        ));
    }
    rows.push(Row::below(
        "app-added latency: Send → answer in the page, minus the sandbox's time",
        "ms",
        Summary::of(&work.added_ms),
        5.0,
    ));
    rows.push(Row::info(
        "Send → answer in the page (sandbox included)",
        "ms",
        Summary::of(&work.sends_ms),
    ));
    rows.push(Row::info(
        "Send → answer painted (waits for the display's next frame)",
        "ms",
        Summary::of(&work.painted_ms),
    ));
    rows.push(Row::info(
        "of which: Send → answer received by the page (before it renders)",
        "ms",
        Summary::of(&work.answered_ms),
    ));
    rows.push(Row::info(
        "of which: the same send without the page (IPC + engine + sandbox)",
        "ms",
        Summary::of(&work.without_page_ms),
    ));
    rows.push(Row::info(
        "of which: one bare IPC round trip (app_info)",
        "ms",
        Summary::of(&work.ipc_ms),
    ));
    rows.push(Row::info(
        "the sandbox's own handling time per Send",
        "ms",
        Summary::of(&work.sandbox_ms_per_send),
    ));
    for (scheme, times) in &signing {
        rows.push(Row::below(
            &format!("signing {scheme}, per signature"),
            "µs",
            Summary::of(times),
            10.0,
        ));
    }
    let phases = |runs: &[StartRun]| -> BTreeMap<String, Option<Summary>> {
        let names: std::collections::BTreeSet<&String> =
            runs.iter().flat_map(|r| r.phases.keys()).collect();
        names
            .into_iter()
            .map(|n| {
                (
                    n.clone(),
                    Summary::of(
                        &runs
                            .iter()
                            .filter_map(|r| r.phases.get(n).copied())
                            .collect::<Vec<_>>(),
                    ),
                )
            })
            .collect()
    };
    let details = json!({
        "forms_ms": work.forms.iter().map(|(op, v)| (op.clone(), Summary::of(v))).collect::<BTreeMap<_, _>>(),
        "start_phases_ms": { "livedesk": phases(&livedesk), "blank": phases(&blank) },
        "idle_pss_mb_by_process": { "livedesk": livedesk.iter().map(|r| &r.by_process).collect::<Vec<_>>(), "blank": blank.iter().map(|r| &r.by_process).collect::<Vec<_>>() },
        "workload_pss_mb_by_process": work.by_process,
        "idle_pss_mb_by_mapping": { "livedesk": livedesk.iter().map(|r| &r.by_mapping).collect::<Vec<_>>(), "blank": blank.iter().map(|r| &r.by_mapping).collect::<Vec<_>>() },
        "workload_pss_mb_by_mapping": work.by_mapping,
        "webkit_default_rendering_idle_pss_mb_by_process": { "livedesk": livedesk_default.iter().map(|r| &r.by_process).collect::<Vec<_>>(), "blank": blank_default.iter().map(|r| &r.by_process).collect::<Vec<_>>() },
    });
    Ok((rows, details))
}

fn main() {
    let args = Args::parse();
    if let Some(locale) = &args.locale {
        // Before any thread or child exists: every app launched inherits it.
        std::env::set_var("LANG", locale);
        std::env::set_var("LC_ALL", locale);
        println!("locale: {locale}");
    }
    if let Err(e) = std::fs::create_dir_all(&args.work_dir) {
        eprintln!(
            "livedesk-bench: cannot create {}: {e}",
            args.work_dir.display()
        );
        std::process::exit(1);
    }
    let (rows, details) = match run(&args) {
        Ok(done) => done,
        Err(e) => {
            eprintln!("livedesk-bench: a measurement failed: {e}");
            std::process::exit(1);
        }
    };
    println!("\n{}", report::table(&rows));
    let met = rows.iter().filter(|r| r.pass).count();
    println!("{met} of {} targets met", rows.len());
    let other_webkit = OTHER_WEBKIT.load(Ordering::Relaxed);
    if other_webkit > 0 {
        println!(
            "warning: {other_webkit} WebKit processes of other apps ran while memory was read; they share \
             WebKit's libraries, which can lower the measured PSS by an amount that varies: check the \
             libraries' PSS per process in the JSON before comparing the memory figures with another run"
        );
    }
    let json_path = args.work_dir.join("bench.json");
    let document = json!({
        "machine": { "cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0) },
        "other_webkit_processes_seen": other_webkit,
        "runs": args.runs, "workload_runs": args.workload_runs, "calls": args.calls, "settle_secs": args.settle_secs,
        "rows": rows, "details": details,
    });
    match std::fs::write(
        &json_path,
        serde_json::to_string_pretty(&document).unwrap_or_default(),
    ) {
        Ok(()) => println!("written to {}", json_path.display()),
        Err(e) => eprintln!("livedesk-bench: cannot write {}: {e}", json_path.display()),
    }
    if args.strict && met < rows.len() {
        std::process::exit(2);
    }
}
