// The five vendor forms, filled and sent from the real window against the built-in sandbox
// (practice accounts). Each form also shows a field error for bad input and sends nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { By, byTestId, openOperation, screenshot, until, useApp } from "./harness.js";

const app = useApp();

const id = (path) => `op-${path.replaceAll(".", "-")}`;

async function type(path, text) {
  const input = await app.driver.wait(until.elementLocated(By.id(id(path))), 5000);
  await input.clear();
  if (text !== "") await input.sendKeys(text);
}

async function choose(path, pattern) {
  const select = await app.driver.wait(until.elementLocated(By.id(id(path))), 5000);
  for (const option of await select.findElements(By.css("option"))) {
    if (pattern.test(await option.getText())) {
      await option.click();
      return;
    }
  }
  throw new Error(`no option matching ${pattern} in ${path}`);
}

async function fieldError(path) {
  return (await byTestId(app.driver, `error-${path}`)).getText();
}

async function nothingSent() {
  assert.equal((await app.driver.findElements(By.css('[data-testid="review"]'))).length, 0, "no review shown");
  assert.equal((await app.driver.findElements(By.css('[data-testid="call-result"]'))).length, 0, "nothing sent");
}

async function reviewAndSend() {
  await (await byTestId(app.driver, "op-review")).click();
  const review = await byTestId(app.driver, "review");
  // The request sits under "Technical details", closed until asked for.
  await (await review.findElement(By.css('[data-testid="review-technical"] summary'))).click();
  const text = await review.getText();
  await (await byTestId(app.driver, "op-send")).click();
  const summary = await byTestId(app.driver, "call-summary", 15000);
  return { review: text, summary: await summary.getText() };
}

test("Huawei stream backup: field error, draft kept across a restart, then sent", async () => {
  await openOperation(app.driver, "Sandbox – Huawei Cloud Live", "huawei.stream_backup");
  await (await byTestId(app.driver, "op-review")).click();
  assert.equal(await fieldError("publish_domain"), "Ingest domain is required.");
  await nothingSent();
  await screenshot(app.driver, "op-huawei-stream-backup-error");

  await type("publish_domain", "push.sandbox-live.example.com");
  await app.driver.sleep(800); // the draft is saved shortly after typing stops
  await app.restart();
  await openOperation(app.driver, "Sandbox – Huawei Cloud Live", "huawei.stream_backup");
  const kept = await app.driver.wait(until.elementLocated(By.id(id("publish_domain"))), 5000);
  assert.equal(await kept.getAttribute("value"), "push.sandbox-live.example.com", "draft survives a restart");

  await (await app.driver.findElement(By.id(id("stream_backup_enable")))).click();
  const { review, summary } = await reviewAndSend();
  assert.match(review, /PUT http:\/\/127\.0\.0\.1:\d+\/v1\/[0-9a-f]+\/domain\/stream-backup/);
  assert.ok(!review.includes("LdSbxHuaweiSandboxSecretKey"), "no secret in the review");
  assert.match(summary, /Stream backup is now ON for push\.sandbox-live\.example\.com\./);
  await screenshot(app.driver, "op-huawei-stream-backup-result");
});

test("Huawei recording: field error, then START sent", async () => {
  await openOperation(app.driver, "Sandbox – Huawei Cloud Live", "huawei.record_control");
  await choose("action", /start/i);
  await type("publish_domain", "push.sandbox-live.example.com");
  await type("app", "live");
  await (await byTestId(app.driver, "op-review")).click();
  assert.equal(await fieldError("stream"), "Stream name is required.");
  await nothingSent();
  await type("stream", "main-stage");
  const { summary } = await reviewAndSend();
  assert.match(summary, /Recording of live\/main-stage on push\.sandbox-live\.example\.com has started\./);
  await screenshot(app.driver, "op-huawei-record-result");
});

test("NAVER switch stream: field error, then the backup goes on air", async () => {
  await openOperation(app.driver, "Sandbox – NAVER Cloud Live Station", "naver.switch_stream");
  await (await byTestId(app.driver, "op-review")).click();
  assert.equal(await fieldError("channelId"), "Channel ID is required.");
  await nothingSent();
  await type("channelId", "ls-20250814123456-zTwK2");
  const { summary } = await reviewAndSend();
  assert.match(summary, /backup stream is now on air/);
  assert.match(summary, /PUBLISHING/);
  await screenshot(app.driver, "op-naver-switch-result");

  // A read: look up the channel now, nothing to review because nothing changes.
  await openOperation(app.driver, "Sandbox – NAVER Cloud Live Station", "naver.get_channel");
  await type("channelId", "ls-20250814123456-zTwK2");
  await (await byTestId(app.driver, "op-fetch")).click();
  assert.match(await (await byTestId(app.driver, "call-summary", 15000)).getText(), /PUBLISHING/);
  await screenshot(app.driver, "op-naver-read-result");
});

test("BlendVision update live: conditional token field checked, then sent", async () => {
  await openOperation(app.driver, "Sandbox – BlendVision One", "blendvision.update_live");
  await type("id", "3c1e5a8e-2b51-4f2e-9a0a-7d1d2f0e9b11");
  await type("name", "Morning Show, take 2");
  await choose("security.privacy.type", /token/i);
  await type("security.privacy.token.device_limit", "1001");
  await (await byTestId(app.driver, "op-review")).click();
  assert.equal(await fieldError("security.privacy.token.device_limit"), "Devices per token must be from 0 to 1000 (not 1001).");
  await nothingSent();
  await screenshot(app.driver, "op-blendvision-error");
  await type("security.privacy.token.device_limit", "2");
  const { summary } = await reviewAndSend();
  assert.ok(summary.length > 0);
  await screenshot(app.driver, "op-blendvision-result");
});

test("Alibaba SetCasterConfig: the whole-config warning, a range error, then sent", async () => {
  await openOperation(app.driver, "Sandbox – Alibaba Cloud ApsaraVideo Live", "alibaba.set_caster_config");
  assert.match(await (await byTestId(app.driver, "operation-warning")).getText(), /replaces/i);
  await type("CasterId", "a2b8e671-2fe5-4642-a2ec-bf93880e0001");
  await type("CasterName", "Studio A");
  await type("Delay", "301");
  await (await byTestId(app.driver, "op-review")).click();
  assert.equal(await fieldError("Delay"), "Delay must be from 0 to 300 (not 301).");
  await nothingSent();
  await type("Delay", "30");
  const { summary } = await reviewAndSend();
  assert.ok(summary.length > 0);
  await screenshot(app.driver, "op-alibaba-result");
});
