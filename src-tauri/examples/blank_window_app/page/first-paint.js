// The same "painted" signal Livedesk's window sends: the frame after the page was rendered.
requestAnimationFrame(() => {
  setTimeout(() => {
    void window.__TAURI_INTERNALS__.invoke("perf_mark", {
      name: "first_screen",
      at_unix_ms: performance.timeOrigin + performance.now(),
      duration_ms: null,
    });
    void window.__TAURI_INTERNALS__.invoke("perf_mark", {
      name: "navigation_start",
      at_unix_ms: performance.timeOrigin,
      duration_ms: null,
    });
  }, 0);
});
