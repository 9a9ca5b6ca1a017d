// The window's own defences: the CSP refuses remote scripts and eval, and the capability
// refuses any command that is not Livedesk's own (issues 8 and 19).
import assert from "node:assert/strict";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { byTestId, useApp } from "./harness.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Written by tauri-build during `cargo build -p livedesk`: every permission, and so every
 * command, of Tauri's core and of each plugin compiled into the app. */
const aclManifests = join(root, "src-tauri", "gen", "schemas", "acl-manifests.json");
/** The key under which tauri-build keeps the app's own commands. */
const APP_ACL = "__app-acl__";

/** "plugin:<name>|<command>" for every command the ACL manifests name, the app's own excepted. */
function compiledInCommands() {
  assert.ok(existsSync(aclManifests), `${aclManifests} is missing: run cargo build -p livedesk first`);
  const manifests = JSON.parse(readFileSync(aclManifests, "utf8"));
  const commands = new Set();
  for (const [key, manifest] of Object.entries(manifests)) {
    if (key === APP_ACL) continue;
    // Core plugins are "core:window" in the ACL and "plugin:window|…" on the wire.
    const plugin = key.replace(/^core:/, "");
    for (const permission of Object.values(manifest.permissions ?? {})) {
      const { allow = [], deny = [] } = permission.commands ?? {};
      for (const command of [...allow, ...deny]) commands.add(`plugin:${plugin}|${command}`);
    }
  }
  return [...commands].sort();
}

/** The app's data folder under the suite's HOME (XDG_DATA_HOME, see harness.js). */
const dataDir = (home) => join(home, ".local", "share", "app.livedesk.desktop");

/** A data folder as an older Livedesk (or a umask of 022) left it: readable by everyone. */
function looseHome() {
  const home = mkdtempSync(join(tmpdir(), "livedesk-e2e-home-"));
  const data = dataDir(home);
  mkdirSync(join(data, "logs"), { recursive: true });
  writeFileSync(join(data, "settings.json"), "{}");
  writeFileSync(join(data, "logs", "livedesk.2026-01-01.log"), "an old log\n");
  chmodSync(join(data, "settings.json"), 0o644);
  chmodSync(join(data, "logs", "livedesk.2026-01-01.log"), 0o644);
  chmodSync(join(data, "logs"), 0o755);
  chmodSync(data, 0o755);
  return home;
}

const app = useApp({ home: looseHome(), setUp: ({ driver }) => byTestId(driver, "accounts-list") });

test("a script from elsewhere and eval are refused by the Content-Security-Policy", async () => {
  const outcome = await app.driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const seen = [];
    document.addEventListener("securitypolicyviolation", (e) => seen.push(e.blockedURI + " " + e.violatedDirective));
    let evalRefused = false;
    try { window["ev" + "al"]("1 + 1"); } catch (e) { evalRefused = true; }
    const s = document.createElement("script");
    s.src = "http://127.0.0.1:9/not-livedesk.js";
    let loaded = false;
    s.onload = () => { loaded = true; };
    document.head.appendChild(s);
    setTimeout(() => done({ seen, evalRefused, loaded }), 1000);
  `);
  assert.equal(outcome.loaded, false);
  assert.equal(outcome.evalRefused, true);
  assert.ok(outcome.seen.some((v) => v.includes("127.0.0.1:9")), JSON.stringify(outcome.seen));
});

test("the window's capability grants Livedesk's own permission set and nothing else", () => {
  const capability = JSON.parse(readFileSync(join(root, "src-tauri", "capabilities", "default.json"), "utf8"));
  assert.deepEqual(capability.permissions, ["default"]);
});

test("every command of Tauri's core and of every linked plugin is refused", async () => {
  const commands = compiledInCommands();
  // The derivation must not come out empty or miss what matters most: the store plugin's
  // writes would let the page rewrite settings.json (an account's endpoint) around the engine.
  for (const must of ["plugin:store|set", "plugin:store|save", "plugin:store|clear", "plugin:store|delete",
    "plugin:store|load", "plugin:store|reset", "plugin:window|set_title", "plugin:webview|create_webview_window",
    "plugin:event|listen", "plugin:event|emit", "plugin:path|resolve_directory", "plugin:app|version"]) {
    assert.ok(commands.includes(must), `${must} missing from the commands derived from ${aclManifests}`);
  }
  const plugins = [...new Set(commands.map((c) => c.slice("plugin:".length, c.indexOf("|"))))];
  console.log(`${commands.length} commands of ${plugins.length} plugins (${plugins.join(", ")}) tried:\n${commands.join("\n")}`);
  // Empty arguments: the capability is checked before them, so "not allowed" is the only
  // answer a refused command can give; a command let through fails on its arguments instead.
  const outcomes = await app.driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const invoke = window.__TAURI_INTERNALS__.invoke;
    const commands = arguments[0];
    Promise.allSettled(commands.map((c) => invoke(c, {}))).then((r) =>
      done(r.map((x, i) => ({ command: commands[i], status: x.status, detail: String(x.reason ?? JSON.stringify(x.value)) }))));
  `, commands);
  const letThrough = outcomes.filter((o) => o.status !== "rejected" || !/not allowed/i.test(o.detail));
  assert.deepEqual(letThrough, [], "commands not refused by the capability");
  assert.equal(outcomes.length, commands.length);
  assert.equal(await app.driver.getTitle(), "Livedesk");
  // Nothing it tried took the page down: one of Livedesk's own commands still answers.
  const info = await app.driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    window.__TAURI_INTERNALS__.invoke("app_info").then((v) => done(JSON.stringify(v)), (e) => done("error " + String(e)));
  `);
  assert.match(info, /Livedesk/);
});

test("a command outside Livedesk's own list is refused; one of its own works", async () => {
  const outcome = await app.driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const invoke = window.__TAURI_INTERNALS__.invoke;
    Promise.allSettled([
      invoke("plugin:window|set_title", { label: "main", value: "pwned" }),
      invoke("app_info"),
    ]).then((r) => done(r.map((x) => x.status + " " + JSON.stringify(x.reason ?? x.value))));
  `);
  assert.match(outcome[0], /^rejected .*not allowed/i, outcome[0]);
  assert.match(outcome[1], /^fulfilled .*Livedesk/, outcome[1]);
  assert.equal(await app.driver.getTitle(), "Livedesk");
});

test("the data folder and every file in it are the user's alone (0700 / 0600)", async () => {
  // A call and a draft, so that the history (with SQLite's -wal and -shm, held open by the
  // running app), the settings, drafts included, and today's log all exist.
  const outcome = await app.driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const invoke = window.__TAURI_INTERNALS__.invoke;
    (async () => {
      const accounts = await invoke("list_accounts");
      const huawei = accounts.find((a) => a.vendor === "huawei");
      const input = { publish_domain: "push.sandbox-live.example.com", stream_backup_enable: true };
      await invoke("save_draft", { account_id: huawei.id, operation: "huawei.stream_backup", input });
      await invoke("send_call", { account_id: huawei.id, operation: "huawei.stream_backup", input, undo_of: null, loaded: null });
      return "sent";
    })().then(done, (e) => done("error " + JSON.stringify(e)));
  `);
  assert.equal(outcome, "sent");
  const data = dataDir(app.info.home);
  const mode = (path) => statSync(path).mode & 0o777;
  const modes = {};
  for (const name of ["", "logs"]) modes[name || "."] = mode(join(data, name));
  const files = ["settings.json", "history.sqlite3", "history.sqlite3-wal", "history.sqlite3-shm"];
  for (const name of files) modes[name] = existsSync(join(data, name)) ? mode(join(data, name)) : "missing";
  const logs = readdirSync(join(data, "logs"));
  for (const name of logs) modes[`logs/${name}`] = mode(join(data, "logs", name));
  console.log(`modes in ${data}: ${JSON.stringify(Object.fromEntries(Object.entries(modes).map(([k, v]) => [k, typeof v === "number" ? v.toString(8) : v])))}`);
  assert.ok(logs.length >= 2, `today's log and the old one: ${logs.join(", ")}`);
  for (const [name, m] of Object.entries(modes)) {
    const want = name === "." || name === "logs" ? 0o700 : 0o600;
    assert.equal(m, want, `${name}: ${typeof m === "number" ? m.toString(8) : m}`);
  }
});
