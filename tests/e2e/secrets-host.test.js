// Keys go only where they were entered (issue 19). A real NAVER account is added for the
// built-in sandbox; with the app stopped, settings.json is edited to point it at another
// loopback port where a listener counts connections. Calling then sends nothing there and the
// window says why; moving the account in the editor asks for its keys again.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { accountRow, By, byTestId, screenshot, until, useApp } from "./harness.js";

const PRACTICE = "Sandbox – NAVER Cloud Live Station";
const NAME = "NAVER – moved studio";
// The sandbox's published test keys (livedesk-sandbox/src/credentials.rs).
const ACCESS_KEY = "LDSBXNCPACCESSKEY001";
const SECRET_KEY = "LdSbxNcpSandboxSecretKey0123456789abcdef";

const app = useApp({ open: false });
let listener;
let connections = 0;

before(async () => {
  listener = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  await new Promise((ok) => listener.listen(0, "127.0.0.1", ok));
});

after(() => {
  listener?.close();
});

async function row(name) {
  return accountRow(app.driver, name);
}

async function type(id, text) {
  const input = await app.driver.wait(until.elementLocated(By.id(id)), 10000);
  await input.clear();
  await input.sendKeys(text);
}

async function checkConnection(name) {
  // "Check again" once a check has been made (its answer or its error is shown).
  const button = ".//*[@data-testid='check-connection']//button[text()='Check connection' or text()='Check again']";
  await (await (await row(name)).findElement(By.xpath(button))).click();
}

async function works(name) {
  await checkConnection(name);
  const result = await app.driver.wait(until.elementLocated(By.css(`[data-account-name="${name}"] [role="status"]`)), 15000);
  assert.equal(await result.getAttribute("data-outcome"), "works", await result.getText());
}

test("an account pointed elsewhere behind Livedesk's back sends nothing there; the editor asks for its keys again", async () => {
  await app.open();
  const firstSandbox = await (await row(PRACTICE)).getAttribute("data-endpoint");
  await (await byTestId(app.driver, "add-account")).click();
  await (await app.driver.wait(until.elementLocated(By.css('[data-testid="vendor-picker"] [data-vendor="naver"]')), 10000)).click();
  await byTestId(app.driver, "account-editor");
  await type("account-name", NAME);
  await type("account-endpoint", firstSandbox);
  await type("account-access_key", ACCESS_KEY);
  await type("account-secret_key", SECRET_KEY);
  await (await byTestId(app.driver, "account-save")).click();
  await works(NAME);
  await app.close();

  // With the app stopped, the settings file is pointed at the listener.
  const { port } = listener.address();
  const elsewhere = `http://127.0.0.1:${String(port)}`;
  const file = join(app.info.home, ".local/share/app.livedesk.desktop/settings.json");
  const settings = readFileSync(file, "utf8");
  assert.ok(settings.includes(firstSandbox));
  writeFileSync(file, settings.replaceAll(firstSandbox, elsewhere));

  await app.open();
  assert.equal(await (await row(NAME)).getAttribute("data-endpoint"), elsewhere);
  await checkConnection(NAME);
  const refusal = await app.driver.wait(
    until.elementLocated(By.css(`[data-account-name="${NAME}"] [role="alert"][data-code="keychain.bound_elsewhere"]`)),
    15000,
  );
  const said = await refusal.getText();
  assert.match(said, /Nothing was sent/);
  assert.ok(said.includes(firstSandbox.replace("http://", "")), `names where the keys were entered: ${said}`);
  assert.ok(said.includes(`127.0.0.1:${String(port)}`), `names where the account points now: ${said}`);
  assert.match(said, /enter its keys again/);
  await screenshot(app.driver, "secrets-host-refused");
  assert.equal(connections, 0, "nothing reached the other address");

  // Moving it in the editor (to this run's sandbox, another port) asks for the keys, saying why.
  const secondSandbox = await (await row(PRACTICE)).getAttribute("data-endpoint");
  assert.notEqual(secondSandbox, firstSandbox);
  await (await (await row(NAME)).findElement(By.xpath(".//button[text()='Edit']"))).click();
  await byTestId(app.driver, "account-editor");
  await type("account-endpoint", secondSandbox);
  assert.match(await (await byTestId(app.driver, "account-moved-note")).getText(), /enter the keys again/);
  await (await byTestId(app.driver, "account-save")).click();
  for (const field of ["access_key", "secret_key"]) {
    const error = await byTestId(app.driver, `error-${field}`, 10000);
    assert.match(await error.getText(), /enter it again.*sends keys only where they were entered/);
  }
  await screenshot(app.driver, "secrets-host-editor-asks");
  await type("account-access_key", ACCESS_KEY);
  await type("account-secret_key", SECRET_KEY);
  await (await byTestId(app.driver, "account-save")).click();
  await app.driver.wait(async () => (await (await row(NAME)).getAttribute("data-endpoint")) === secondSandbox, 10000);
  await works(NAME);
  assert.equal(connections, 0, "nothing reached the other address");
});

// Stream keys are secrets too: one typed into an Alibaba SideOutputUrl shows only its last 4
// in Review, its curl and the answers read back, and is in no log file.
const STREAM_CANARY = "yt-STREAM-CANARY-keyvalue-qwrt";
const ALIBABA = "Sandbox – Alibaba Cloud ApsaraVideo Live";
const CASTER = "a2b8e671-2fe5-4642-a2ec-bf93880e0001";

async function openOperation(opId) {
  const backs = await app.driver.findElements(By.css('[data-testid="back-to-accounts"]'));
  if (backs.length > 0) await backs[0].click();
  await (await (await row(ALIBABA)).findElement(By.css('[data-testid="change-settings"]'))).click();
  await (await app.driver.wait(until.elementLocated(By.css(`[data-op="${opId}"]`)), 10000)).click();
  await app.driver.wait(until.elementLocated(By.css(`[data-testid="operation-form"][data-operation="${opId}"]`)), 10000);
}

/** Everything a section holds, its technical details opened (they are made only when asked for). */
async function allText(testId, ms = 15000) {
  const section = await byTestId(app.driver, testId, ms);
  for (const details of await section.findElements(By.css("details:not([open])"))) await (await details.findElement(By.css("summary"))).click();
  return section.getAttribute("textContent");
}

test("a stream key in an Alibaba SideOutputUrl shows only its last 4 in Review, curl and the answer, and in no log", async () => {
  await openOperation("alibaba.set_caster_config");
  await type("op-CasterId", CASTER);
  await type("op-SideOutputUrl", `rtmp://a.rtmp.youtube.com/live2/${STREAM_CANARY}`);
  await (await byTestId(app.driver, "op-review")).click();
  const review = await allText("review");
  assert.ok(review.includes("••••••qwrt"), `the key shows its last 4: ${review}`);
  assert.ok((await allText("review-curl")).includes("$STREAM_KEY"), "the curl takes the key as a variable");
  assert.ok(!review.includes(STREAM_CANARY), "Review and its curl never show the key");
  await (await byTestId(app.driver, "op-send")).click();
  assert.ok(!(await allText("call-result")).includes(STREAM_CANARY));
  await screenshot(app.driver, "stream-key-review");

  await openOperation("alibaba.describe_caster_config");
  await type("op-CasterId", CASTER);
  await (await byTestId(app.driver, "op-fetch")).click();
  const answer = await allText("call-result");
  assert.ok(answer.includes("••••••qwrt"), `the answer read back shows the key's last 4: ${answer}`);
  assert.ok(!answer.includes(STREAM_CANARY), "the raw answer never shows the key");
  assert.ok(!(await app.driver.getPageSource()).includes(STREAM_CANARY), "nowhere on the page");
  await screenshot(app.driver, "stream-key-answer");

  const logs = join(app.info.home, ".local/share/app.livedesk.desktop/logs");
  const files = readdirSync(logs);
  assert.ok(files.length > 0, "the app logs");
  for (const file of files) assert.ok(!readFileSync(join(logs, file), "utf8").includes(STREAM_CANARY), `${file} holds the key`);
});

/** Every form control's value: what a field holds is not in the page's text. */
async function fieldValues() {
  return app.driver.executeScript("return [...document.querySelectorAll('input, textarea, select')].map((e) => e.value);");
}

// Stream keys in the forms: loaded from the vendor, the key shows masked in its field (never
// whole in the page or any field's value), and sending the form as loaded still works.
test("a stream key loaded into the form shows only its last 4, and the form still sends", async () => {
  await openOperation("alibaba.set_caster_config");
  await type("op-CasterId", CASTER);
  await (await byTestId(app.driver, "load-current")).click();
  await byTestId(app.driver, "current-settings", 15000);
  const side = await app.driver.findElement(By.id("op-SideOutputUrl"));
  await app.driver.wait(async () => (await side.getAttribute("value")).includes("••••••qwrt"), 10000);
  const values = await fieldValues();
  assert.ok(values.length > 3, `the form's fields are read: ${values.length}`);
  for (const value of values) assert.ok(!value.includes(STREAM_CANARY), `a field holds the key: ${value}`);
  assert.ok(!(await app.driver.getPageSource()).includes(STREAM_CANARY), "nowhere on the page");
  await screenshot(app.driver, "stream-key-loaded");

  await (await byTestId(app.driver, "op-review")).click();
  assert.ok((await allText("review")).includes("••••••qwrt"));
  await (await byTestId(app.driver, "op-send")).click();
  await byTestId(app.driver, "call-summary", 15000);
  for (const value of await fieldValues()) assert.ok(!value.includes(STREAM_CANARY), `a field holds the key: ${value}`);
  // The form reloads after sending and keeps that as its draft: masked, as the window has it.
  const settings = join(app.info.home, ".local/share/app.livedesk.desktop/settings.json");
  await app.driver.wait(async () => {
    const text = readFileSync(settings, "utf8");
    return text.includes("••••••qwrt") && !text.includes(STREAM_CANARY);
  }, 10000, "the draft in settings.json holds the key masked, not whole");

  await openOperation("alibaba.describe_caster_config");
  await type("op-CasterId", CASTER);
  await (await byTestId(app.driver, "op-fetch")).click();
  const answer = await allText("call-result");
  assert.ok(answer.includes("live2/••••••qwrt"), `the vendor still holds the key: ${answer}`);
});
