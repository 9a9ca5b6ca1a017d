// The app killed mid-change (issue 19): the built-in sandbox holds the answer to a NAVER
// switch it has received; the app is killed (SIGKILL) while it waits. Started again on the
// same HOME, the home screen says a change was being sent when Livedesk closed, History lists
// it as "outcome unknown" with its Undo, and the history file passes SQLite's integrity check.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { after, test } from "node:test";
import { Key } from "selenium-webdriver";
import { appBinary, By, byTestId, openApp, screenshot, startDriver, until } from "./harness.js";

const NAVER = "Sandbox – NAVER Cloud Live Station";
const CHANNEL = "ls-20250814123456-zTwK2";

let driverInfo;
let driver;

after(async () => {
  await driver?.quit().catch(() => undefined);
  await driverInfo?.stop();
});

/** One SQL statement's output, by the sqlite3 command-line shell (scripts/setup.sh installs it). */
function sql(db, statement) {
  return execFileSync("sqlite3", ["-cmd", ".timeout 5000", db, statement], { encoding: "utf8" }).trim();
}

/** The pids of Livedesk processes running with this HOME (only the ones this test started). */
function appPids(home) {
  const binary = realpathSync(appBinary);
  const pids = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readlinkSync(`/proc/${name}/exe`) !== binary) continue;
      const environ = readFileSync(`/proc/${name}/environ`, "latin1").split("\0");
      if (environ.includes(`HOME=${home}`)) pids.push(Number(name));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}

async function row(name) {
  return driver.wait(until.elementLocated(By.css(`[data-testid="account-row"][data-account-name="${name}"]`)), 20000);
}

test("killed while a vendor holds a change: after a restart the change is told, listed as outcome unknown, and can be undone", async () => {
  driverInfo = await startDriver();
  const home = driverInfo.home;
  driver = await openApp(driverInfo);
  const endpoint = await (await row(NAVER)).getAttribute("data-endpoint");
  // The sandbox reads the channel at once, then holds the switch's answer far longer than the test.
  const fault = await fetch(`${endpoint}/__sandbox/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ kind: "latency", ms: 600000, path_prefix: `/api/v2/channels/${CHANNEL}/switch-stream`, times: 1 }),
  });
  assert.equal(fault.status, 201);

  await (await (await row(NAVER)).findElement(By.css('[data-testid="change-settings"]'))).click();
  await (await driver.wait(until.elementLocated(By.css('[data-op="naver.switch_stream"]')), 10000)).click();
  await byTestId(driver, "operation-form");
  const channel = await driver.wait(until.elementLocated(By.id("op-channelId")), 5000);
  await channel.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  await channel.sendKeys(CHANNEL);
  await (await byTestId(driver, "op-review")).click();
  await byTestId(driver, "review");
  await (await byTestId(driver, "op-send")).click();

  const db = join(home, ".local/share/app.livedesk.desktop/history.sqlite3");
  const newest = () => {
    try {
      return sql(db, "SELECT outcome FROM entries ORDER BY id DESC LIMIT 1");
    } catch {
      return ""; // not created yet
    }
  };
  await driver.wait(async () => newest() === "sending", 20000, "the change is recorded before it goes out");
  // Let the change reach the vendor, which holds its answer; then the power goes.
  await driver.sleep(500);
  const pids = appPids(home);
  assert.equal(pids.length, 1, `one Livedesk process for this HOME: ${pids.join(", ")}`);
  process.kill(pids[0], "SIGKILL");
  const deadline = Date.now() + 10000;
  while (appPids(home).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.equal(appPids(home).length, 0, "the app is gone");
  await driverInfo.stop();
  await driver.quit().catch(() => undefined);
  assert.equal(newest(), "sending", "left as being sent");
  assert.equal(sql(db, "PRAGMA integrity_check"), "ok");

  driverInfo = await startDriver({ home });
  driver = await openApp(driverInfo);
  const notice = await driver.wait(until.elementLocated(By.css('[role="alert"][data-code="history.outcome_unknown"]')), 20000);
  const told = await notice.getText();
  assert.match(told, /was being sent when Livedesk closed/);
  assert.match(told, /Load the current settings to see whether it was applied/);
  await screenshot(driver, "crash-home-notice");

  await (await byTestId(driver, "open-history")).click();
  const item = await driver.wait(until.elementLocated(By.css('[data-testid="history-item"]')), 10000);
  assert.equal(await item.getAttribute("data-outcome"), "unknown");
  assert.match(await item.getText(), /outcome unknown/);
  const undo = await item.findElement(By.css('[data-testid="history-undo"]'));
  assert.ok(await undo.isEnabled(), "Undo is offered from the state read before the change");
  await screenshot(driver, "crash-history-unknown");
  await undo.click();
  await byTestId(driver, "undo-note", 15000);
  await screenshot(driver, "crash-undo-form");
  assert.equal(sql(db, "PRAGMA integrity_check"), "ok");
});
