// Drives the real Livedesk binary through tauri-driver (WebDriver) -> WebKitWebDriver.
// Every suite gets its own HOME, so settings and history start empty and stay isolated.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { Builder, By, until } from "selenium-webdriver";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const artifactsDir = join(root, "artifacts", "e2e");
/** Every screen at each window size, for a reviewer to look at (see `screens`). */
export const screensDir = join(root, "artifacts", "screens");
/** The accessibility audits' full reports (see `audit`). */
export const auditDir = join(root, "artifacts", "a11y");
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

/** Starts tauri-driver with a throwaway HOME; returns { home, port, log, stop }. `env` adds
 * to (or overrides) the app's environment, e.g. `GTK_THEME` or `DBUS_SESSION_BUS_ADDRESS`. */
export async function startDriver({ home, env = {} } = {}) {
  const appHome = home ?? mkdtempSync(join(tmpdir(), "livedesk-e2e-home-"));
  const port = await freePort();
  const nativePort = await freePort();
  mkdirSync(artifactsDir, { recursive: true });
  // The driver's (and the app's) output goes to a log file, never to a pipe of the test runner:
  // an app left behind would hold such a pipe open and the runner would wait for ever.
  const logPath = join(artifactsDir, `tauri-driver-${String(port)}.log`);
  const log = openSync(logPath, "w");
  const child = spawn("tauri-driver", ["--port", String(port), "--native-port", String(nativePort)], {
    // Its own process group, so stopping it also stops WebKitWebDriver and every app it started.
    detached: true,
    env: {
      ...process.env,
      HOME: appHome,
      XDG_DATA_HOME: join(appHome, ".local", "share"),
      XDG_CONFIG_HOME: join(appHome, ".config"),
      XDG_CACHE_HOME: join(appHome, ".cache"),
      ...env,
    },
    stdio: ["ignore", log, log],
  });
  await waitForPort(port, child);
  return {
    home: appHome,
    port,
    /** What the driver and the app printed so far (stdout and stderr). */
    log: () => readFileSync(logPath, "utf8"),
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

/** The app for every test of a file: before them, tauri-driver with a throwaway HOME (or
 * `home`) and `env` (see `startDriver`), the window open (unless `open` is false) and then
 * `setUp(app)`, if given; after them, the window closed and the driver stopped. Returns `app`:
 * `app.info` is what `startDriver` resolved to, `app.driver` the window's WebDriver once it is
 * open. (`setUp` rather than a `before` of the file's own: Node 20 runs a file's top-level
 * `before` hooks at the same time, so one could not wait for the window.) */
export function useApp({ home, env, open = true, setUp } = {}) {
  const app = {
    info: undefined,
    driver: undefined,
    /** Opens the window; resolves to its WebDriver. */
    async open() {
      app.driver = await openApp(app.info);
      return app.driver;
    },
    /** Closes the window (Livedesk quits). */
    async close() {
      await app.driver.quit();
      app.driver = undefined;
    },
    /** Closes the window and opens it again, as a producer restarting Livedesk. */
    async restart() {
      await app.close();
      return app.open();
    },
  };
  before(async () => {
    app.info = await startDriver({ home, env });
    if (open) await app.open();
    await setUp?.(app);
  });
  after(async () => {
    await app.driver?.quit();
    await app.info?.stop();
  });
  return app;
}

export async function byTestId(driver, id, ms = 20000) {
  return driver.wait(until.elementLocated(By.css(`[data-testid="${id}"]`)), ms);
}

/** The row of the account named `name` on the Accounts screen, once it is there. */
export async function accountRow(driver, name, ms = 20000) {
  return driver.wait(until.elementLocated(By.css(`[data-testid="account-row"][data-account-name="${name}"]`)), ms);
}

/** The built-in sandbox's address, as the NAVER practice account shows it. */
export async function sandboxUrl(driver) {
  const row = await accountRow(driver, "Sandbox – NAVER Cloud Live Station");
  return row.getAttribute("data-endpoint");
}

/** From wherever the window is, back to Accounts and into `opId`'s form for `accountName`;
 * resolves to the form. */
export async function openOperation(driver, accountName, opId) {
  const backs = await driver.findElements(By.css('[data-testid="back-to-accounts"]'));
  if (backs.length > 0) await backs[0].click();
  const row = await accountRow(driver, accountName, 10000);
  await (await row.findElement(By.css('[data-testid="change-settings"]'))).click();
  await (await driver.wait(until.elementLocated(By.css(`[data-op="${opId}"]`)), 10000)).click();
  return driver.wait(until.elementLocated(By.css(`[data-testid="operation-form"][data-operation="${opId}"]`)), 10000);
}

export async function screenshot(driver, name, { dir = artifactsDir, crop } = {}) {
  mkdirSync(dir, { recursive: true });
  // Let two frames paint what the DOM already has before the display is captured.
  await driver.executeAsyncScript(
    "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));",
  );
  const path = join(dir, `${name}.png`);
  // The display as the producer sees it, taken by ImageMagick from the X server: WebDriver's
  // own screenshot (WebKit's snapshot) never answers when WebKit paints without compositing,
  // which is how Livedesk runs on a machine without a GPU (src-tauri/src/webkit.rs).
  const area = crop === undefined ? [] : ["-crop", `${String(crop.width)}x${String(crop.height)}+${String(crop.x)}+${String(crop.y)}`];
  execFileSync("import", ["-window", "root", ...area, path], { timeout: 20000 });
  return path;
}

/** The window's smallest size (src-tauri/tauri.conf.json) and its first size. */
export const windowSizes = (() => {
  const config = JSON.parse(readFileSync(join(root, "src-tauri", "tauri.conf.json"), "utf8"));
  const [main] = config.app.windows;
  return {
    normal: { width: main.width, height: main.height },
    minimum: { width: main.minWidth, height: main.minHeight },
  };
})();

/** Resizes the window's content area to `size` (WebDriver sets the outer size; the two are the
 * same without a window manager, as under Xvfb). Resolves to the window's rectangle. */
export async function resize(driver, size) {
  await driver.manage().window().setRect({ width: size.width, height: size.height });
  await driver.wait(
    async () => (await driver.executeScript("return [innerWidth, innerHeight]")).join("x") === `${String(size.width)}x${String(size.height)}`,
    5000,
  ).catch(() => {
    // Some window managers keep a frame: the screenshot is still of the window.
  });
  return driver.manage().window().getRect();
}

/** Screenshots of what the window shows now, at the first and at the smallest window size,
 * written to artifacts/screens/<name>-<width>x<height>.png; the window ends at its first size. */
export async function screens(driver, name) {
  const paths = [];
  for (const size of [windowSizes.normal, windowSizes.minimum]) {
    const rect = await resize(driver, size);
    paths.push(await screenshot(driver, `${name}-${String(size.width)}x${String(size.height)}`, {
      dir: screensDir,
      crop: { x: Math.max(0, rect.x), y: Math.max(0, rect.y), width: rect.width, height: rect.height },
    }));
  }
  await resize(driver, windowSizes.normal);
  return paths;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs the axe-core accessibility audit (WCAG 2.0–2.2 A and AA rules) over what the window
 * shows now. Writes the full report to artifacts/a11y/<name>.json and throws when there is a
 * serious or critical violation, listing each with the elements at fault. Resolves to the
 * report's violations. */
export async function audit(driver, name) {
  // Scripts run by WebDriver are the automation's, not the page's: the page's CSP does not
  // stop them (the a11y suite checks that axe really ran: it finds the rules it was given).
  const loaded = await driver.executeScript(`${axeSource}\n;return typeof window.axe === "object" ? window.axe.version : null;`);
  if (loaded === null) throw new Error("axe-core could not be loaded into the page");
  const report = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] })
      .then((r) => done({ violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })) })), passes: r.passes.length, incomplete: r.incomplete.length }))
      .catch((e) => done({ error: String(e) }));`);
  mkdirSync(auditDir, { recursive: true });
  writeFileSync(join(auditDir, `${name}.json`), JSON.stringify({ axe: loaded, ...report }, null, 2));
  if (report.error !== undefined) throw new Error(`axe-core failed on ${name}: ${report.error}`);
  if (report.passes === 0) throw new Error(`axe-core checked nothing on ${name}`);
  const bad = report.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (bad.length > 0) {
    const lines = bad.map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    throw new Error(`accessibility audit of ${name}:\n${lines.join("\n")}`);
  }
  return report.violations;
}

export { By, until };
