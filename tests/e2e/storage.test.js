// Livedesk's data folder cannot be written (issue 8): the window still opens, says what failed
// with a message and a hint, and History still opens.
//
// The tests run as root, which ignores permission bits, so the folder is made impossible
// instead: a regular file stands where Livedesk's data folder would be, so nothing can be
// created in it, by anyone (the kernel answers ENOTDIR/EEXIST, as it answers EROFS on a
// read-only disk). The folder above must stay usable: WebKit and Tauri need it to start.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { By, byTestId, screenshot, useApp } from "./harness.js";

/** A HOME where a file stands in the way of Livedesk's data folder. */
function blockedHome() {
  const home = mkdtempSync(join(tmpdir(), "livedesk-e2e-readonly-"));
  mkdirSync(join(home, ".local", "share"), { recursive: true });
  writeFileSync(join(home, ".local", "share", "app.livedesk.desktop"), "a file where Livedesk's data folder would be\n");
  return home;
}

const app = useApp({ home: blockedHome() });

async function notice(code) {
  const shown = await app.driver.wait(async () => {
    const found = await app.driver.findElements(By.css(`[role="alert"][data-code="${code}"]`));
    return found.length > 0 ? found[0] : null;
  }, 20000, `a notice ${code}`);
  return {
    message: await (await shown.findElement(By.css(".error-message"))).getText(),
    hint: await (await shown.findElement(By.css(".error-hint"))).getText(),
  };
}

test("an unwritable data folder: the app opens and says what failed for settings and history", async () => {
  const unreadable = await notice("settings.unreadable");
  assert.match(unreadable.message, /settings\.json/);
  assert.ok(unreadable.hint.length > 0);
  const history = await notice("history.unavailable");
  assert.match(history.message, /history\.sqlite3/);
  assert.match(history.hint, /still listed in History/);
  // The practice accounts could not be saved: said so, and none is shown half-saved.
  const saving = await notice("settings.write_failed");
  assert.match(saving.message, /settings\.json/);
  assert.match(saving.hint, /writable/);
  assert.equal((await app.driver.findElements(By.css('[data-testid="account-row"]'))).length, 0);
  await screenshot(app.driver, "storage-readonly-notices");

  // The window works: History opens (this session's, in memory), empty.
  await (await byTestId(app.driver, "open-history")).click();
  await byTestId(app.driver, "history-search");
  await app.driver.sleep(500);
  assert.equal((await app.driver.findElements(By.css('[data-testid="history-item"]'))).length, 0);
});
