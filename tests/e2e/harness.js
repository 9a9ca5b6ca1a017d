// Drives the real Livedesk binary through tauri-driver (WebDriver) -> WebKitWebDriver.
// Every suite gets its own HOME, so settings and history start empty and stay isolated.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Builder, By, until } from "selenium-webdriver";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const artifactsDir = join(root, "artifacts", "e2e");
export const appBinary = process.env.LIVEDESK_APP ?? join(root, "target", "debug", "livedesk");

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function waitForPort(port, child, ms = 15000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tauri-driver exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok || res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tauri-driver did not listen on ${port} within ${ms} ms`);
}

/** Starts tauri-driver with a throwaway HOME; returns { home, port, stop }. */
export async function startDriver({ home } = {}) {
  const appHome = home ?? mkdtempSync(join(tmpdir(), "livedesk-e2e-home-"));
  const port = await freePort();
  const nativePort = await freePort();
  mkdirSync(artifactsDir, { recursive: true });
  // The driver's (and the app's) output goes to a log file, never to a pipe of the test runner:
  // an app left behind would hold such a pipe open and the runner would wait for ever.
  const log = openSync(join(artifactsDir, `tauri-driver-${String(port)}.log`), "w");
  const child = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
    // Its own process group, so stopping it also stops WebKitWebDriver and every app it started.
    detached: true,
    env: {
      ...process.env,
      HOME: appHome,
      XDG_DATA_HOME: join(appHome, ".local", "share"),
      XDG_CONFIG_HOME: join(appHome, ".config"),
      XDG_CACHE_HOME: join(appHome, ".cache"),
    },
    stdio: ["ignore", log, log],
  });
  await waitForPort(port, child);
  return {
    home: appHome,
    port,
    stop: async () => {
      const group = -child.pid;
      const signal = (name) => {
        try {
          process.kill(group, name);
        } catch {
          // the group is already gone
        }
      };
      signal("SIGTERM");
      await new Promise((r) => setTimeout(r, 1500));
      signal("SIGKILL");
    },
  };
}

/** Opens the app window; resolves to a selenium driver. */
export async function openApp(driverInfo) {
  return new Builder()
    .usingServer(`http://127.0.0.1:${driverInfo.port}/`)
    .withCapabilities({ browserName: "wry", "tauri:options": { application: appBinary } })
    .build();
}

export async function byTestId(driver, id, ms = 20000) {
  return driver.wait(until.elementLocated(By.css(`[data-testid="${id}"]`)), ms);
}

export async function screenshot(driver, name) {
  mkdirSync(artifactsDir, { recursive: true });
  // Let two frames paint what the DOM already has before the display is captured.
  await driver.executeAsyncScript(
    "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));",
  );
  const path = join(artifactsDir, `${name}.png`);
  // The display as the producer sees it, taken by ImageMagick from the X server: WebDriver's
  // own screenshot (WebKit's snapshot) never answers when WebKit paints without compositing,
  // which is how Livedesk runs on a machine without a GPU (src-tauri/src/webkit.rs).
  execFileSync("import", ["-window", "root", path], { timeout: 20000 });
  return path;
}

export { By, until };
