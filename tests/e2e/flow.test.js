// The form's flow in the real window, on the BlendVision practice account: the form starts from
// what is there after every send, undo and change of live; errors are where the eye is; length
// limits stop typing; one checkbox switches the watermark, one the embedding domains; Send is off
// after a success. Every screen reached is checked for jargon (plain-text.js).
import assert from "node:assert/strict";
import { test } from "node:test";
import { Key } from "selenium-webdriver";
import { By, byTestId, screenshot, until, useApp } from "./harness.js";
import { assertPlainText, jargonIn, visibleText } from "./plain-text.js";

const app = useApp();

const ACCOUNT = "Sandbox – BlendVision One";
const LIVE = "3c1e5a8e-2b51-4f2e-9a0a-7d1d2f0e9b11";
const OTHER_LIVE = "7a4f0c2e-9d3b-4e8a-b1c6-5f2e8d9a0b13";
const id = (path) => `op-${path.replaceAll(".", "-")}`;

async function openUpdateLive() {
  const backs = await app.driver.findElements(By.css('[data-testid="back-to-accounts"]'));
  if (backs.length > 0) await backs[0].click();
  const row = await app.driver.wait(until.elementLocated(By.css(`[data-testid="account-row"][data-account-name="${ACCOUNT}"]`)), 20000);
  await assertPlainText(app.driver, "accounts");
  await (await row.findElement(By.css('[data-testid="change-settings"]'))).click();
  await (await app.driver.wait(until.elementLocated(By.css('[data-op="blendvision.update_live"]')), 10000)).click();
  await app.driver.wait(until.elementLocated(By.css('[data-testid="operation-form"][data-operation="blendvision.update_live"]')), 10000);
}

/** Picks a live from the account's list; waits for its current settings to be in the form. */
async function pickLive(liveId) {
  const pickers = await app.driver.findElements(By.css('[data-testid="picker"] select'));
  if (pickers.length === 0) await (await app.driver.findElement(By.css('[data-testid="picker"] button'))).click();
  const select = await app.driver.wait(until.elementLocated(By.css('[data-testid="picker"] select')), 15000);
  await (await select.findElement(By.css(`option[value="${liveId}"]`))).click();
  await app.driver.wait(async () => (await app.driver.findElement(By.id(id("id"))).getAttribute("value")) === liveId, 10000);
  await byTestId(app.driver, "current-settings", 15000);
  await app.driver.wait(async () => (await busy()) === false, 15000);
}

async function busy() {
  return (await app.driver.findElement(By.css('[data-testid="load-current"]')).getAttribute("disabled")) !== null;
}

async function value(path) {
  return app.driver.findElement(By.id(id(path))).getAttribute("value");
}

/** Replaces an input's text the way a person does (WebDriver's clear() fires no React event). */
async function replaceText(path, text) {
  const input = await app.driver.findElement(By.id(id(path)));
  await input.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  if (text !== "") await input.sendKeys(text);
  return input;
}

async function currentText() {
  return (await byTestId(app.driver, "current-settings")).getText();
}

async function review() {
  await (await byTestId(app.driver, "op-review")).click();
  return byTestId(app.driver, "review", 15000);
}

async function send() {
  await (await byTestId(app.driver, "op-send")).click();
  return (await byTestId(app.driver, "call-summary", 15000)).getText();
}

async function diffFields() {
  const diff = await byTestId(app.driver, "diff", 15000);
  const rows = await diff.findElements(By.css("dl [data-field]"));
  return Promise.all(rows.map((r) => r.getAttribute("data-field")));
}

async function sendDisabled() {
  return (await byTestId(app.driver, "op-send")).getAttribute("disabled").then((d) => d !== null);
}

test("the jargon checker finds raw ids, codes and wire values, and leaves closed details alone", async () => {
  await app.driver.wait(until.elementLocated(By.css('[data-testid="account-row"]')), 20000);
  await app.driver.executeScript(`
    const probe = document.createElement("div");
    probe.id = "jargon-probe";
    probe.innerHTML = '<p>naver.switch_stream</p><details><summary>Technical details</summary><p>vendor.not_found SECURITY_PRIVACY_TYPE_TOKEN</p></details>';
    document.body.appendChild(probe);`);
  const text = await visibleText(app.driver);
  assert.ok(text.includes("Technical details"));
  assert.deepEqual(jargonIn(text).map((f) => f.text), ["naver.switch_stream"]);
  await app.driver.executeScript(`document.querySelector("#jargon-probe details").open = true;`);
  assert.deepEqual(jargonIn(await visibleText(app.driver)).map((f) => f.text).sort(), ["SECURITY_PRIVACY_TYPE_TOKEN", "naver.switch_stream", "vendor.not_found"]);
  await app.driver.executeScript(`document.getElementById("jargon-probe").remove();`);
  await assertPlainText(app.driver, "accounts");
});

test("after a send the form and the current settings show the new state; Send is off until something changes", async () => {
  await openUpdateLive();
  await pickLive(LIVE);
  const original = await value("name");
  assert.ok(original.length > 0, "the live's name is loaded");
  assert.match(await currentText(), new RegExp(original.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await assertPlainText(app.driver, "update live, current settings loaded");

  await replaceText("name", "Evening news, live");
  await review();
  assert.deepEqual(await diffFields(), ["name"]);
  const summary = await send();
  assert.ok(summary.length > 0);
  await app.driver.wait(async () => (await currentText()).includes("Evening news, live"), 15000, "the current settings show the new name");
  assert.equal(await value("name"), "Evening news, live");
  assert.ok(await sendDisabled(), "Send is off after a successful send");
  assert.match(await (await byTestId(app.driver, "sent-note")).getText(), /Change something/);
  await screenshot(app.driver, "flow-after-send");
  await assertPlainText(app.driver, "update live, after send");

  // Nothing changed: Review says so rather than repeating the change.
  await review();
  const effects = await (await byTestId(app.driver, "review-effects", 15000)).getText();
  assert.equal(effects, "Nothing changes: the form holds the settings loaded.");
});

test("picking another live reloads its current settings", async () => {
  await pickLive(OTHER_LIVE);
  await app.driver.wait(async () => (await value("name")) !== "Evening news, live", 15000);
  const other = await value("name");
  assert.ok(!(await currentText()).includes("Evening news, live"), "the box describes the live picked now");
  assert.ok((await currentText()).includes(other));
  await pickLive(LIVE);
  assert.equal(await value("name"), "Evening news, live");
});

test("change → undo → edit one field: Review shows only that field", async () => {
  await (await byTestId(app.driver, "open-history")).click();
  const newest = await app.driver.wait(until.elementLocated(By.css('[data-testid="history-item"]')), 10000);
  assert.match(await (await newest.findElement(By.css('[data-testid="history-title"]'))).getText(), /^Update a live$/);
  await assertPlainText(app.driver, "history");
  await (await newest.findElement(By.css('[data-testid="history-undo"]'))).click();
  await byTestId(app.driver, "undo-note");
  await app.driver.wait(async () => (await value("name")) !== "Evening news, live", 15000, "the undo form holds the settings from before");
  const restored = await value("name");
  await review();
  assert.deepEqual(await diffFields(), ["name"]);
  await send();
  await app.driver.wait(async () => (await currentText()).includes(restored), 15000, "the current settings show the restored name");
  assert.equal(await value("name"), restored, "the form holds the restored state, not the undone change");
  assert.equal((await app.driver.findElements(By.css('[data-testid="undo-note"]'))).length, 0, "an undo is sent once");

  await replaceText("custom_id", "evening-2");
  await review();
  assert.deepEqual(await diffFields(), ["custom_id"], "only the field edited after the undo");
  await screenshot(app.driver, "flow-undo-then-edit");
});

test("a review that goes away leaves its space, so nothing moves under the pointer", async () => {
  await byTestId(app.driver, "review");
  const height = () => app.driver.executeScript("return document.documentElement.scrollHeight");
  const before = await height();
  await replaceText("custom_id", "evening-3");
  await app.driver.wait(async () => (await app.driver.findElements(By.css('[data-testid="review"]'))).length === 0, 5000);
  assert.ok((await height()) >= before, "the page did not get shorter");
});

test("a length limit stops typing at the limit and says so", async () => {
  const input = await replaceText("name", "x".repeat(120));
  assert.equal((await input.getAttribute("value")).length, 100);
  assert.match(await (await byTestId(app.driver, "limit-name")).getText(), /100 characters at most/);
  await replaceText("name", "Short");
  assert.equal((await app.driver.findElements(By.css('[data-testid="limit-name"]'))).length, 0);
});

test("Review with a problem: focus and summary at the field, gone once it is fixed", async () => {
  const select = await app.driver.findElement(By.id(id("security.privacy.type")));
  for (const option of await select.findElements(By.css("option"))) {
    if (/token/i.test(await option.getText())) await option.click();
  }
  await replaceText("security.privacy.token.device_limit", "1001");
  await app.driver.executeScript("window.scrollTo(0, 0)");
  await (await byTestId(app.driver, "op-review")).click();
  const summary = await byTestId(app.driver, "error-summary");
  assert.match(await summary.getText(), /1 field needs attention/);
  await app.driver.wait(async () => (await app.driver.switchTo().activeElement().getAttribute("id")) === id("security.privacy.token.device_limit"), 5000, "the invalid field has the focus");
  const inView = await app.driver.executeScript(`const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;`);
  assert.ok(inView, "the invalid field is scrolled into view");
  await screenshot(app.driver, "flow-error-focused");
  await assertPlainText(app.driver, "update live, field error");

  // The summary's link goes back to the field.
  await app.driver.executeScript("window.scrollTo(0, 0)");
  await (await byTestId(app.driver, "goto-security.privacy.token.device_limit")).click();
  assert.equal(await app.driver.switchTo().activeElement().getAttribute("id"), id("security.privacy.token.device_limit"));

  await replaceText("security.privacy.token.device_limit", "2");
  await app.driver.wait(async () => (await app.driver.findElements(By.css('[data-testid="error-security.privacy.token.device_limit"]'))).length === 0, 5000, "the error goes once the field is right");
  assert.equal((await app.driver.findElements(By.css('[data-testid="error-summary"]'))).length, 0);
});

test("one checkbox switches the watermark on; its fields show only while on", async () => {
  const group = await app.driver.findElement(By.css('[data-testid="switched-security.watermark"]'));
  assert.equal((await group.findElements(By.css('input[type="checkbox"]'))).length, 1);
  assert.equal((await group.findElements(By.css("select"))).length, 0, "no watermark fields while off");
  await (await byTestId(app.driver, "switch-security.watermark")).click();
  await app.driver.wait(async () => (await group.findElements(By.css("select"))).length > 0, 5000);
  const labels = await Promise.all((await group.findElements(By.css("label"))).map((l) => l.getText()));
  assert.ok(!labels.some((l) => /Watermark on/.test(l)), `no second "Watermark on" checkbox: ${labels.join(" | ")}`);
  await screenshot(app.driver, "flow-watermark-on");
  await (await byTestId(app.driver, "switch-security.watermark")).click();
  await app.driver.wait(async () => (await group.findElements(By.css("select"))).length === 0, 5000);
});

test("one checkbox restricts embedding to the websites listed; the list shows only while on", async () => {
  const group = await app.driver.findElement(By.css('[data-testid="switched-security.domain_control"]'));
  const listShown = async () => (await group.getText()).includes("Allowed domains");
  assert.equal((await group.findElements(By.css('input[type="checkbox"]'))).length, 1);
  assert.equal(await listShown(), false, "no allowed domains while off");
  await (await byTestId(app.driver, "switch-security.domain_control")).click();
  await app.driver.wait(listShown, 5000, "the allowed domains show once on");
  assert.equal((await group.findElements(By.css('input[type="checkbox"]'))).length, 1);
  const labels = await Promise.all((await group.findElements(By.css("label"))).map((l) => l.getText()));
  assert.ok(!labels.some((l) => /Restrict embedding/.test(l)), `no second "Restrict embedding" checkbox: ${labels.join(" | ")}`);
  await screenshot(app.driver, "flow-embedding-domains-on");
  await (await byTestId(app.driver, "switch-security.domain_control")).click();
  await app.driver.wait(async () => !(await listShown()), 5000);
});

test("Alibaba: one checkbox for the automatic switch to standby, its wait shown only while on", async () => {
  await (await byTestId(app.driver, "back-to-accounts")).click();
  const row = await app.driver.wait(until.elementLocated(By.css('[data-testid="account-row"][data-account-name="Sandbox – Alibaba Cloud ApsaraVideo Live"]')), 20000);
  await (await row.findElement(By.css('[data-testid="change-settings"]'))).click();
  await (await app.driver.wait(until.elementLocated(By.css('[data-op="alibaba.set_caster_config"]')), 10000)).click();
  const group = await byTestId(app.driver, "switched-AutoSwitchUrgentConfig");
  const form = await byTestId(app.driver, "operation-form");
  assert.ok(!(await form.getText()).includes("Switch to standby automatically"), "the flag is not a second checkbox");
  assert.equal((await group.findElements(By.css('input[type="checkbox"]'))).length, 1);
  assert.equal((await group.findElements(By.css('input[type="number"]'))).length, 0);
  await (await byTestId(app.driver, "switch-AutoSwitchUrgentConfig")).click();
  await app.driver.wait(async () => (await group.findElements(By.css('input[type="number"]'))).length === 1, 5000);
  await screenshot(app.driver, "flow-alibaba-auto-switch");
  await assertPlainText(app.driver, "Alibaba studio form");
});

/** The live's name at the vendor now, or after renaming it there as someone else would (a send
 *  with no form loaded before it). */
async function nameAtVendor(rename = null) {
  const answer = await app.driver.executeAsyncScript(`
    const [liveId, rename, done] = arguments;
    const invoke = window.__TAURI_INTERNALS__.invoke;
    (async () => {
      const accounts = await invoke("list_accounts");
      const bv = accounts.find((a) => a.vendor === "blendvision");
      const read = () => invoke("load_current", { account_id: bv.id, operation: "blendvision.update_live", key_input: { id: liveId } });
      if (rename !== null) {
        const input = { ...(await read()).input, name: rename };
        await invoke("send_call", { account_id: bv.id, operation: "blendvision.update_live", input, undo_of: null, loaded: null });
      }
      return (await read()).input.name;
    })().then(done, (e) => done("error " + JSON.stringify(e)));
  `, LIVE, rename);
  return answer;
}

test("a Send over a change made elsewhere since loading is held, says so, and Send anyway overwrites it", async () => {
  await openUpdateLive();
  await pickLive(LIVE);
  await replaceText("name", "Late news, from this window");
  await review();
  assert.equal(await nameAtVendor("Renamed in the vendor's console"), "Renamed in the vendor's console");
  await (await byTestId(app.driver, "op-send")).click();
  const warning = await byTestId(app.driver, "stale-warning", 15000);
  assert.match(await warning.getText(), /changed by someone else since you loaded them/);
  assert.equal((await app.driver.findElements(By.css('[data-testid="call-summary"]'))).length, 0, "nothing was sent");
  assert.equal(await nameAtVendor(), "Renamed in the vendor's console", "the other change stays on air");
  // What sending will do is said again from what is there now, for Send anyway.
  await app.driver.wait(async () => {
    const effects = await app.driver.findElements(By.css('[data-testid="review-effects"]'));
    return effects.length > 0 && (await effects[0].getText()).includes("(now: Renamed in the vendor's console)");
  }, 15000, "Review made again from the vendor's settings now");
  await screenshot(app.driver, "flow-changed-elsewhere");
  await assertPlainText(app.driver, "update live, changed elsewhere");

  await (await byTestId(app.driver, "send-anyway")).click();
  await byTestId(app.driver, "call-summary", 15000);
  assert.equal(await nameAtVendor(), "Late news, from this window");
  await app.driver.wait(async () => (await app.driver.findElements(By.css('[data-testid="stale-warning"]'))).length === 0, 5000, "the warning goes once sent");
  await app.driver.wait(async () => (await currentText()).includes("Late news, from this window"), 15000);
});
