// Review tells the truth, in the real window against the built-in sandbox: what sending will do
// on air, what the vendor would refuse (flagged, Send not offered, nothing sent), the diff in the
// form's words, the cleared list the result repeats, the request under "Technical details".
import assert from "node:assert/strict";
import { test } from "node:test";
import { Key } from "selenium-webdriver";
import { By, byTestId, openOperation, sandboxUrl, screenshot, until, useApp } from "./harness.js";
import { assertPlainText } from "./plain-text.js";

const HUAWEI = "Sandbox – Huawei Cloud Live";
const NAVER = "Sandbox – NAVER Cloud Live Station";
const BLENDVISION = "Sandbox – BlendVision One";
const ALIBABA = "Sandbox – Alibaba Cloud ApsaraVideo Live";

let endpoint;
const app = useApp({
  setUp: async ({ driver }) => {
    endpoint = await sandboxUrl(driver);
  },
});

/** Replaces an input's text the way a person does (WebDriver's clear() fires no React event). */
async function type(path, text) {
  const input = await app.driver.wait(until.elementLocated(By.id(`op-${path.replaceAll(".", "-")}`)), 5000);
  await input.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  if (text !== "") await input.sendKeys(text);
}

async function choose(path, pattern) {
  const select = await app.driver.wait(until.elementLocated(By.id(`op-${path.replaceAll(".", "-")}`)), 5000);
  for (const option of await select.findElements(By.css("option"))) {
    if (pattern.test(await option.getText())) {
      await option.click();
      return;
    }
  }
  throw new Error(`no option matching ${pattern} in ${path}`);
}

/** Clicks Review and waits for a new review (not the one already on screen). */
async function review() {
  const old = await app.driver.findElements(By.css('[data-testid="review"]'));
  await (await byTestId(app.driver, "op-review")).click();
  if (old.length > 0) await app.driver.wait(until.stalenessOf(old[0]), 15000);
  return byTestId(app.driver, "review", 15000);
}

async function requestsSeen() {
  const res = await fetch(`${endpoint}/__sandbox/stats`);
  return (await res.json()).requests;
}

async function loadCurrent() {
  await (await byTestId(app.driver, "load-current")).click();
  await byTestId(app.driver, "current-settings", 15000);
}

test("NAVER switch: Review names the stream that goes on air; a READY channel is flagged and nothing is sent", async () => {
  await openOperation(app.driver, NAVER, "naver.switch_stream");
  await type("channelId", "ls-20250814123456-zTwK2");
  const shown = await review();
  const effects = await (await byTestId(app.driver, "review-effects")).getText();
  assert.match(effects, /The (backup|main) stream will go on air on channel .+ \(now: (main|backup) stream\)/);
  assert.doesNotMatch(await shown.getText(), /Nothing changes/);
  assert.match(await (await byTestId(app.driver, "review-target")).getText(), /Channel ID\s*ls-20250814123456-zTwK2/);
  await assertPlainText(app.driver, "review-naver-effect");
  // The request is there, closed until asked for.
  const details = await byTestId(app.driver, "review-technical");
  assert.equal(await details.getAttribute("open"), null, "technical details collapsed");
  assert.equal((await details.findElements(By.css('[data-testid="review-request"]'))).length, 0, "the request is made only when asked for");
  await (await details.findElement(By.css("summary"))).click();
  assert.match(await (await byTestId(app.driver, "review-request")).getText(), /^PUT http:\/\/127\.0\.0\.1:\d+\/api\/v2\/channels\//);
  await screenshot(app.driver, "review-naver-effect");

  await type("channelId", "ls-20250901090000-AbCd3");
  await review();
  const flag = await byTestId(app.driver, "review-refusals");
  assert.match(await flag.getText(), /not receiving a stream/);
  assert.match(await flag.getText(), /is READY/);
  assert.match(await flag.getText(), /PUBLISHING/);
  const send = await byTestId(app.driver, "op-send");
  assert.equal(await send.isEnabled(), false, "Send is not offered");
  const seen = await requestsSeen();
  await app.driver.executeScript("arguments[0].click();", send);
  await app.driver.sleep(500);
  assert.equal(await requestsSeen(), seen, "the sandbox received nothing");
  assert.equal((await app.driver.findElements(By.css('[data-testid="call-result"]'))).length, 0, "nothing sent");
  await screenshot(app.driver, "review-naver-refused");
  await assertPlainText(app.driver, "review-naver-refused");
});

/** Opens the list of a field's picker and picks the entry whose text matches. */
async function pick(field, pattern) {
  await (await byTestId(app.driver, `pick-${field}`)).click();
  const select = await byTestId(app.driver, `choices-${field}`, 15000);
  for (const option of await select.findElements(By.css("option"))) {
    if (pattern.test(await option.getText())) {
      await option.click();
      return;
    }
  }
  throw new Error(`no entry matching ${pattern} in the ${field} list`);
}

test("Huawei recording: domain, app and stream picked from lists; Review says whether it records; a STOP of a stream not recording is flagged", async () => {
  await openOperation(app.driver, HUAWEI, "huawei.record_control");
  await choose("action", /start/i);
  // The app and stream lists wait for what they need.
  assert.equal(await (await byTestId(app.driver, "pick-app")).isEnabled(), false);
  await pick("publish_domain", /^push\.sandbox-live\.example\.com/);
  const domainOptions = await (await byTestId(app.driver, "choices-publish_domain")).getText();
  assert.doesNotMatch(domainOptions, /play\./, "ingest domains only");
  await pick("app", /^live — recording by command/);
  await pick("stream", /^side-stage — being pushed/);
  assert.equal(await (await app.driver.findElement(By.id("op-stream"))).getAttribute("value"), "side-stage");
  await screenshot(app.driver, "review-huawei-pickers");
  await assertPlainText(app.driver, "review-huawei-pickers");
  await review();
  assert.match(await (await byTestId(app.driver, "review-effects")).getText(), /Recording of live\/side-stage on .+ will start/);
  await (await byTestId(app.driver, "op-send")).click();
  await byTestId(app.driver, "call-summary", 15000);

  await choose("action", /stop/i);
  await review();
  assert.match(await (await byTestId(app.driver, "review-effects")).getText(), /will stop \(it is recording since \d\d:\d\d UTC\)/);
  assert.equal((await app.driver.findElements(By.css('[data-testid="review-refusals"]'))).length, 0);
  await screenshot(app.driver, "review-huawei-stop");
  await assertPlainText(app.driver, "review-huawei-stop");

  await type("stream", "lobby-cam");
  await review();
  const flag = await byTestId(app.driver, "review-refusals");
  assert.match(await flag.getText(), /not recording/);
  assert.match(await flag.getText(), /not being pushed/);
  assert.equal(await (await byTestId(app.driver, "op-send")).isEnabled(), false);
  await screenshot(app.driver, "review-huawei-stop-refused");
  await assertPlainText(app.driver, "review-huawei-stop-refused");
});

test("BlendVision: the privacy change reads as the form's labels", async () => {
  await openOperation(app.driver, BLENDVISION, "blendvision.update_live");
  await type("id", "3c1e5a8e-2b51-4f2e-9a0a-7d1d2f0e9b11");
  await loadCurrent();
  await choose("security.privacy.type", /token/i);
  await type("security.privacy.token.device_limit", "2");
  await review();
  const row = await app.driver.wait(until.elementLocated(By.css('[data-testid="diff"] [data-field="security.privacy.type"]')), 10000);
  const text = await row.getText();
  assert.match(text, /Public/);
  assert.match(text, /Token or redeem code/);
  // Outside "Technical details", no wire value.
  const words = (await (await byTestId(app.driver, "review-effects")).getText()) + (await (await byTestId(app.driver, "diff")).getText());
  assert.match(words, /will be Token or redeem code \(now: Public\)/);
  assert.doesNotMatch(words, /SECURITY_PRIVACY_TYPE/);
  await screenshot(app.driver, "review-blendvision-labels");
  await assertPlainText(app.driver, "review-blendvision-labels");
});

test("Alibaba: Review's cleared list is the result's", async () => {
  await openOperation(app.driver, ALIBABA, "alibaba.set_caster_config");
  await type("CasterId", "a2b8e671-2fe5-4642-a2ec-bf93880e0001");
  await loadCurrent();
  await type("CallbackUrl", "");
  await review();
  const effects = await (await byTestId(app.driver, "review-effects")).getText();
  const reviewed = /Left empty, so cleared when you send: (.+)\./u.exec(effects);
  assert.ok(reviewed, effects);
  assert.match(reviewed[1], /Callback/);
  await (await byTestId(app.driver, "op-send")).click();
  const summary = await (await byTestId(app.driver, "call-summary", 15000)).getText();
  const result = /Left empty, so now cleared: (.+)\./u.exec(summary);
  assert.ok(result, summary);
  assert.equal(result[1], reviewed[1]);
  await screenshot(app.driver, "review-alibaba-cleared");
  await assertPlainText(app.driver, "review-alibaba-cleared");
});
