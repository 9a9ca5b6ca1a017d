//! The window opens hidden (`"visible": false` in tauri.conf.json) and is shown once its page
//! has loaded.
//!
//! Why: when WebKitGTK paints without compositing (no GPU, see `webkit.rs`), a window drawn
//! before the page's first layout makes the app's main thread wait for the web process's
//! first picture. The web process cannot send it while the page is still loading, and the page
//! loads through the app's main thread (Tauri serves its files there), so the wait ends only at
//! WebKit's 500 ms timeout. Under Xvfb on 2 cores that happened on about one start in three,
//! for Livedesk and for a blank Tauri window alike (a stack taken during the stall showed GTK's
//! draw of the web view waiting on WebKit's IPC; with the window shown after the load, 16 starts
//! of 16 were free of it). Showing the window when the page has loaded also avoids a blank
//! white frame before the first screen, with or without a GPU.
//!
//! A page that never finishes loading must not leave the producer without a window: whatever
//! has not been shown after [`FALLBACK`] is shown then.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tauri::plugin::{Builder, TauriPlugin};
use tauri::webview::PageLoadEvent;
use tauri::{Manager, Runtime};

/// How long a window may stay hidden while its page loads.
pub const FALLBACK: Duration = Duration::from_secs(3);

/// Which windows have been shown already, so each is shown once (a later navigation or the
/// fallback must not bring back a window the producer has since hidden or minimised).
#[derive(Debug, Default)]
pub struct Shown {
    labels: BTreeSet<String>,
}

impl Shown {
    /// The page of `label` finished loading: true when the window should be shown now.
    pub fn page_loaded(&mut self, label: &str) -> bool {
        self.labels.insert(label.to_owned())
    }

    /// The fallback's time has come: the windows among `open` still to be shown.
    pub fn fallback(&mut self, open: impl IntoIterator<Item = String>) -> Vec<String> {
        open.into_iter()
            .filter(|label| self.labels.insert(label.clone()))
            .collect()
    }
}

/// The plugin that shows each window once its page has loaded (or after [`FALLBACK`]).
pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    let shown = Arc::new(Mutex::new(Shown::default()));
    let on_load = shown.clone();
    Builder::new("livedesk-reveal")
        .on_page_load(move |webview, payload| {
            if payload.event() != PageLoadEvent::Finished {
                return;
            }
            let window = webview.window();
            let mut shown = on_load.lock().unwrap_or_else(|p| p.into_inner());
            if shown.page_loaded(window.label()) {
                if let Err(e) = window.show() {
                    tracing::warn!(error = %e, window = window.label(), "the window could not be shown");
                }
            }
        })
        .setup(move |app, _| {
            let app = app.clone();
            std::thread::Builder::new()
                .name("reveal-fallback".into())
                .spawn(move || {
                    std::thread::sleep(FALLBACK);
                    let windows = app.webview_windows();
                    let late = shown
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .fallback(windows.keys().cloned());
                    for label in late {
                        tracing::warn!(window = %label, "the page had not loaded after {FALLBACK:?}; showing the window anyway");
                        if let Some(window) = windows.get(&label) {
                            let _ = window.show();
                        }
                    }
                })?;
            Ok(())
        })
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_is_shown_once_when_its_page_has_loaded() {
        let mut shown = Shown::default();
        assert!(shown.page_loaded("main"));
        assert!(
            !shown.page_loaded("main"),
            "a reload must not show it again"
        );
        assert!(shown.fallback(["main".to_owned()]).is_empty());
    }

    #[test]
    fn the_fallback_shows_only_windows_whose_page_never_loaded() {
        let mut shown = Shown::default();
        assert!(shown.page_loaded("main"));
        let late = shown.fallback(["main".to_owned(), "stuck".to_owned()]);
        assert_eq!(late, vec!["stuck".to_owned()]);
        assert!(
            !shown.page_loaded("stuck"),
            "the fallback showed it already"
        );
    }
}
