// Date-time fields in the real window, the app run with TZ=Asia/Taipei (UTC+8): a producer picks the
// start of a BlendVision live in their own time with the platform's picker; Review says it in
// local time and words; the vendor receives UTC; loading the live again shows the same local time.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Key } from "selenium-webdriver";
import { By, byTestId, screenshot, until, useApp } from "./harness.js";
import { assertPlainText } from "./plain-text.js";

const BLENDVISION = "Sandbox – BlendVision One";
const LIVE = "3c1e5a8e-2b51-4f2e-9a0a-7d1d2f0e9b11";

// The app's clock is in Taipei whatever the machine's zone (the suite runs without TZ).
const app = useApp({ env: { TZ: "Asia/Taipei" } });

async function openUpdateLive() {
  const row = await app.driver.wait(until.elementLocated(By.css(`[data-testid="account-row"][data-account-name="${BLENDVISION}"]`)), 20000);
  await (await row.findElement(By.css('[data-testid="change-settings"]'))).click();
  await (await app.driver.wait(until.elementLocated(By.css('[data-op="blendvision.update_live"]')), 10000)).click();
  await app.driver.wait(until.elementLocated(By.css('[data-testid="operation-form"][data-operation="blendvision.update_live"]')), 10000);
  const id = await app.driver.findElement(By.id("op-id"));
  await id.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  await id.sendKeys(LIVE);
}

async function loadCurrent() {
  const old = await app.driver.findElements(By.css('[data-testid="current-settings"]'));
  await (await byTestId(app.driver, "load-current")).click();
  if (old.length > 0) await app.driver.wait(until.stalenessOf(old[0]), 15000).catch(() => undefined);
  await byTestId(app.driver, "current-settings", 15000);
}

async function review() {
  const old = await app.driver.findElements(By.css('[data-testid="review"]'));
  await (await byTestId(app.driver, "op-review")).click();
  if (old.length > 0) await app.driver.wait(until.stalenessOf(old[0]), 15000);
  return byTestId(app.driver, "review", 15000);
}

test("the platform's date-time picker renders in the window", async () => {
  const type = await app.driver.executeScript("const i = document.createElement('input'); i.type = 'datetime-local'; return i.type;");
  assert.equal(type, "datetime-local", "WebKitGTK knows datetime-local (otherwise it falls back to a text box)");
});

test("BlendVision start time: picked in local time, reviewed in local words, sent as UTC, loaded back the same", async () => {
  await openUpdateLive();
  await loadCurrent();
  const field = await app.driver.findElement(By.id("op-scheduled_at"));
  assert.equal(await field.getAttribute("type"), "datetime-local");
  const zone = await byTestId(app.driver, "op-scheduled_at-zone");
  assert.equal(await zone.getText(), "Your time zone: Asia/Taipei, UTC+8");

  // Picked as a person does with the keyboard: into the control, each part typed in the order
  // it shows them (month/day/year, hour:minute in this window's locale), → to the next part.
  await app.driver.executeScript("arguments[0].scrollIntoView({ block: 'center' }); arguments[0].focus();", field);
  await app.driver.actions().sendKeys("12", Key.ARROW_RIGHT, "24", Key.ARROW_RIGHT, "2026", Key.ARROW_RIGHT, "20", Key.ARROW_RIGHT, "30").perform();
  await screenshot(app.driver, "datetime-picked");
  assert.equal(await app.driver.executeScript("return arguments[0].value;", field), "2026-12-24T20:30");

  await review();
  const row = await app.driver.wait(until.elementLocated(By.css('[data-testid="diff"] [data-field="scheduled_at"]')), 10000);
  const words = await row.getText();
  assert.match(words, /Dec 24, 2026.*8:30\sPM.*GMT\+8/u);
  assert.doesNotMatch(words, /2026-12-24T/);
  assert.doesNotMatch(await (await byTestId(app.driver, "review-effects")).getText(), /\d{4}-\d\d-\d\dT/);
  await screenshot(app.driver, "datetime-review");
  await assertPlainText(app.driver, "datetime-review");
  // What the vendor receives is UTC, with seconds (shown only under "Technical details").
  const details = await byTestId(app.driver, "review-technical");
  await (await details.findElement(By.css("summary"))).click();
  assert.match(await (await byTestId(app.driver, "review-request")).getText(), /"scheduled_at":\s*"2026-12-24T12:30:00Z"/);

  await (await byTestId(app.driver, "op-send")).click();
  await byTestId(app.driver, "call-summary", 15000);

  await loadCurrent();
  const loaded = await app.driver.findElement(By.id("op-scheduled_at"));
  assert.equal(await app.driver.executeScript("return arguments[0].value;", loaded), "2026-12-24T20:30");
  await screenshot(app.driver, "datetime-loaded");
});

test("Alibaba's studio search by creation time: the same picker, accepted as UTC to the second", async () => {
  const backs = await app.driver.findElements(By.css('[data-testid="back-to-accounts"]'));
  if (backs.length > 0) await backs[0].click();
  const row = await app.driver.wait(until.elementLocated(By.css('[data-testid="account-row"][data-account-name="Sandbox – Alibaba Cloud ApsaraVideo Live"]')), 20000);
  await (await row.findElement(By.css('[data-testid="change-settings"]'))).click();
  await (await app.driver.wait(until.elementLocated(By.css('[data-op="alibaba.describe_casters"]')), 10000)).click();
  const field = await app.driver.wait(until.elementLocated(By.id("op-StartTime")), 10000);
  assert.equal(await field.getAttribute("type"), "datetime-local");
  await app.driver.executeScript("arguments[0].scrollIntoView({ block: 'center' }); arguments[0].focus();", field);
  await app.driver.actions().sendKeys("06", Key.ARROW_RIGHT, "01", Key.ARROW_RIGHT, "2025", Key.ARROW_RIGHT, "16", Key.ARROW_RIGHT, "00").perform();
  assert.equal(await app.driver.executeScript("return arguments[0].value;", field), "2025-06-01T16:00");
  // The engine checks the text against the vendor's pattern (UTC, to the second) before sending.
  await (await byTestId(app.driver, "op-fetch")).click();
  await byTestId(app.driver, "call-summary", 15000);
  assert.equal((await app.driver.findElements(By.css('[data-testid="error-StartTime"]'))).length, 0);
});
