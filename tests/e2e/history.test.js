// Safe changes in the window: load the current settings, see the diff (a cleared Alibaba
// field called out), send, then undo from History and find the old settings back.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Key } from "selenium-webdriver";
import { By, byTestId, screenshot, until, useApp } from "./harness.js";
import { assertPlainText, jargonIn } from "./plain-text.js";

const app = useApp();

const STUDIO = "b4810848-bcf9-4aef-bd4a-e6bba2d90002";

async function openCasterForm() {
  const row = await app.driver.wait(until.elementLocated(By.css('[data-testid="account-row"][data-account-name="Sandbox – Alibaba Cloud ApsaraVideo Live"]')), 10000);
  await (await row.findElement(By.css('[data-testid="change-settings"]'))).click();
  await (await app.driver.wait(until.elementLocated(By.css('[data-op="alibaba.set_caster_config"]')), 10000)).click();
  await byTestId(app.driver, "operation-form");
}

/** Replaces an input's text the way a person does (WebDriver's clear() fires no React event). */
async function replaceText(element, text) {
  await element.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  await element.sendKeys(text);
}

async function loadCurrent() {
  await (await byTestId(app.driver, "load-current")).click();
  await byTestId(app.driver, "current-settings", 15000);
  return (await app.driver.findElement(By.id("op-CasterName"))).getAttribute("value");
}

test("load current settings, review the diff, send, then undo from history", async () => {
  await openCasterForm();
  const id = await app.driver.findElement(By.id("op-CasterId"));
  await id.sendKeys(STUDIO);
  const original = await loadCurrent();
  assert.ok(original.length > 0, "the studio's current name is prefilled");

  const name = await app.driver.findElement(By.id("op-CasterName"));
  // WebDriver's clear() fires no input event for React; erase the way a person does.
  await name.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  await (await byTestId(app.driver, "op-review")).click();
  const cleared = await app.driver.wait(until.elementLocated(By.css('[data-testid="diff"] [data-field="CasterName"]')), 10000);
  assert.equal(await cleared.getAttribute("data-cleared"), "true");
  assert.match(await cleared.getText(), /will be cleared/);
  await screenshot(app.driver, "history-diff-cleared");

  await name.sendKeys("Renamed from the e2e test");
  await (await byTestId(app.driver, "op-review")).click();
  await byTestId(app.driver, "diff");
  await (await byTestId(app.driver, "op-send")).click();
  await byTestId(app.driver, "call-summary", 15000);

  await (await byTestId(app.driver, "open-history")).click();
  const newest = await app.driver.wait(until.elementLocated(By.css('[data-testid="history-item"]')), 10000);
  assert.equal(await newest.getAttribute("data-outcome"), "ok");
  await screenshot(app.driver, "history-list");
  await (await newest.findElement(By.css('[data-testid="history-undo"]'))).click();
  await byTestId(app.driver, "undo-note");
  await byTestId(app.driver, "current-settings", 15000);
  await (await byTestId(app.driver, "op-review")).click();
  await byTestId(app.driver, "diff");
  await (await byTestId(app.driver, "op-send")).click();
  await byTestId(app.driver, "call-summary", 15000);
  await screenshot(app.driver, "history-undone");

  // Reopen the form and read the studio again: the old name is back.
  await (await byTestId(app.driver, "back-to-accounts")).click();
  await openCasterForm();
  const again = await app.driver.findElement(By.id("op-CasterId"));
  await again.clear();
  await again.sendKeys(STUDIO);
  assert.equal(await loadCurrent(), original);
});

test("a change whose settings moved since they were loaded is not sent without a second yes", async () => {
  await (await byTestId(app.driver, "back-to-accounts")).click();
  const row = await app.driver.wait(until.elementLocated(By.css('[data-testid="account-row"][data-account-name="Sandbox – Alibaba Cloud ApsaraVideo Live"]')), 20000);
  const endpoint = await row.getAttribute("data-endpoint");

  // First a change, so the studio differs from the sandbox's seed (the form reopens with its draft).
  await openCasterForm();
  await replaceText(await app.driver.findElement(By.id("op-CasterId")), STUDIO);
  await loadCurrent();
  const name = await app.driver.findElement(By.id("op-CasterName"));
  await replaceText(name, "Renamed once");
  await (await byTestId(app.driver, "op-review")).click();
  await byTestId(app.driver, "diff");
  await (await byTestId(app.driver, "op-send")).click();
  await byTestId(app.driver, "call-summary", 15000);

  // Load it again and edit, then someone else changes it (the sandbox goes back to its seed).
  await (await byTestId(app.driver, "back-to-accounts")).click();
  await openCasterForm();
  const id = await app.driver.findElement(By.id("op-CasterId"));
  await replaceText(id, STUDIO);
  assert.equal(await loadCurrent(), "Renamed once");
  await replaceText(await app.driver.findElement(By.id("op-CasterName")), "Renamed twice");
  await (await byTestId(app.driver, "op-review")).click();
  await byTestId(app.driver, "diff");
  const reset = await fetch(`${endpoint}/__sandbox/reset`, { method: "POST" });
  assert.ok(reset.ok, `sandbox reset: ${String(reset.status)}`);

  await (await byTestId(app.driver, "op-send")).click();
  const warning = await byTestId(app.driver, "stale-warning", 15000);
  assert.match(await warning.getText(), /changed by someone else/);
  assert.equal((await app.driver.findElements(By.css('[data-testid="call-result"]'))).length, 0, "nothing sent yet");
  await screenshot(app.driver, "history-stale-warning");
  await (await byTestId(app.driver, "send-anyway")).click();
  await byTestId(app.driver, "call-summary", 15000);
});

test("history can be searched and its size limited", async () => {
  await (await byTestId(app.driver, "open-history")).click();
  await app.driver.wait(async () => (await app.driver.findElements(By.css('[data-testid="history-item"]'))).length >= 4, 20000);
  const search = await byTestId(app.driver, "history-search");
  await search.sendKeys("Renamed twice");
  // The list is fetched again as the search is typed: read it once it has settled on one entry.
  const only = await app.driver.wait(async () => {
    try {
      const items = await app.driver.findElements(By.css('[data-testid="history-item"]'));
      return items.length === 1 && /Renamed twice/.test(await items[0].getText()) ? items[0] : false;
    } catch {
      return false;
    }
  }, 10000, "one entry, the one renamed twice");
  assert.match(await only.getText(), /Renamed twice/);
  await screenshot(app.driver, "history-search");

  await replaceText(search, " ");
  const entries = await app.driver.findElement(By.css('[data-testid="retention"] input[type="number"]'));
  await replaceText(entries, "2");
  await (await app.driver.findElement(By.xpath('//*[@data-testid="retention"]//button[text()="Save"]'))).click();
  await app.driver.wait(async () => (await app.driver.findElements(By.css('[data-testid="history-item"]'))).length === 2, 10000);
  assert.match(await (await byTestId(app.driver, "retention")).getText(), /older calls removed/);
});

test("History in plain words: title, account, the error's message, why Undo is off, a date in the user's locale; Send again opens the form", async () => {
  await (await app.driver.findElement(By.css('[data-testid="history-screen"] .section-head button'))).click();
  const row = await app.driver.wait(until.elementLocated(By.css('[data-testid="account-row"][data-account-name="Sandbox – BlendVision One"]')), 20000);
  await (await row.findElement(By.css('[data-testid="change-settings"]'))).click();
  await (await app.driver.wait(until.elementLocated(By.css('[data-op="blendvision.update_live"]')), 10000)).click();
  await byTestId(app.driver, "operation-form");
  const missing = "00000000-0000-4000-8000-000000000000";
  await replaceText(await app.driver.findElement(By.id("op-id")), missing);
  await replaceText(await app.driver.findElement(By.id("op-name")), "Nobody's live");
  await (await byTestId(app.driver, "op-review")).click();
  await byTestId(app.driver, "review");
  await (await byTestId(app.driver, "op-send")).click();
  const failure = await byTestId(app.driver, "call-error", 15000);
  const message = await (await failure.findElement(By.css(".error-message"))).getText();
  // The error box itself is plain words (the Review above it still shows the raw request on
  // this branch; collapsing that is the Review panel's own change).
  assert.deepEqual(jargonIn(await failure.getText()), []);

  await (await byTestId(app.driver, "open-history")).click();
  const newest = await app.driver.wait(until.elementLocated(By.css('[data-testid="history-item"]')), 10000);
  await app.driver.wait(async () => (await newest.getAttribute("data-outcome")) === "vendor_error", 10000);
  const count = (await app.driver.findElements(By.css('[data-testid="history-item"]'))).length;
  const part = async (testId) => (await newest.findElement(By.css(`[data-testid="${testId}"]`))).getText();
  assert.equal(await part("history-title"), "Update a live");
  assert.equal(await part("history-account"), "Sandbox – BlendVision One");
  assert.ok((await part("history-error")).startsWith(message), "the plain message the form showed");
  assert.equal(await (await newest.findElement(By.css('[data-testid="history-undo"]'))).getAttribute("disabled"), "true");
  assert.match(await part("history-undo-reason"), /changed nothing/);
  const shown = await part("history-date");
  assert.doesNotMatch(shown, /^\d{1,2}\/\d{1,2}\/\d{4}/, "not a date that reads two ways");
  const expected = await app.driver.executeScript(
    `const el = arguments[0]; return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(el.getAttribute("datetime")));`,
    await newest.findElement(By.css('[data-testid="history-date"]')),
  );
  assert.equal(shown, expected, "the user's locale format, with the month named");
  // Every entry whose Undo is off says why.
  for (const item of await app.driver.findElements(By.css('[data-testid="history-item"]'))) {
    const undo = await item.findElement(By.css('[data-testid="history-undo"]'));
    if ((await undo.getAttribute("disabled")) !== null) {
      assert.ok((await (await item.findElement(By.css('[data-testid="history-undo-reason"]'))).getText()).length > 10);
    }
  }
  await screenshot(app.driver, "history-plain-words");
  await assertPlainText(app.driver, "history");

  // "Send again" opens the form as it was sent; nothing goes out before Review and Send.
  await (await newest.findElement(By.css('[data-testid="history-send-again"]'))).click();
  await app.driver.wait(until.elementLocated(By.css('[data-testid="operation-form"][data-operation="blendvision.update_live"]')), 10000);
  assert.equal(await (await app.driver.findElement(By.id("op-id"))).getAttribute("value"), missing);
  assert.equal(await (await byTestId(app.driver, "op-send")).getAttribute("disabled"), "true");
  assert.equal((await app.driver.findElements(By.css('[data-testid="call-result"]'))).length, 0, "no answer: nothing was sent");
  await assertPlainText(app.driver, "send again form");
  await (await byTestId(app.driver, "open-history")).click();
  await app.driver.wait(until.elementLocated(By.css('[data-testid="history-item"]')), 10000);
  await app.driver.sleep(400);
  assert.equal((await app.driver.findElements(By.css('[data-testid="history-item"]'))).length, count, "nothing was sent");
});
