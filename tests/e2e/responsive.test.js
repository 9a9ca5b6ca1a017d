// A slow vendor must not freeze the window (issue 8): the built-in sandbox is told to answer
// the NAVER change late, and while Send waits the producer types, goes back and opens History.
// The call then ends with its answer and is in History.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Key } from "selenium-webdriver";
import { By, byTestId, sandboxUrl, screenshot, until, useApp } from "./harness.js";

const NAVER = "Sandbox – NAVER Cloud Live Station";
const CHANNEL = "ls-20250814123456-zTwK2";
const SLOW_MS = 6000;
// Generous for a loaded CI machine, yet far below the slow answer: a frozen window fails it.
const RESPONSIVE_MS = 2500;

let endpoint;
const app = useApp({
  setUp: async ({ driver }) => {
    endpoint = await sandboxUrl(driver);
  },
});

/** Makes the sandbox hold the next NAVER switch-stream answer for SLOW_MS (loopback only). */
async function slowNextChange() {
  const res = await fetch(`${endpoint}/__sandbox/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ kind: "latency", ms: SLOW_MS, path_prefix: `/api/v2/channels/${CHANNEL}/switch-stream`, times: 1 }),
  });
  assert.equal(res.status, 201, `sandbox fault: ${String(res.status)}`);
}

async function openSwitchForm() {
  const backs = await app.driver.findElements(By.css('[data-testid="back-to-accounts"]'));
  if (backs.length > 0) await backs[0].click();
  const row = await app.driver.wait(until.elementLocated(By.css(`[data-testid="account-row"][data-account-name="${NAVER}"]`)), 10000);
  await (await row.findElement(By.css('[data-testid="change-settings"]'))).click();
  await (await app.driver.wait(until.elementLocated(By.css('[data-op="naver.switch_stream"]')), 10000)).click();
  await byTestId(app.driver, "operation-form");
  const channel = await app.driver.wait(until.elementLocated(By.id("op-channelId")), 5000);
  // WebDriver's clear() fires no React event: erase the way a person does.
  await channel.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  await channel.sendKeys(CHANNEL);
  return channel;
}

/** Reviews and clicks Send; resolves when the click is done, not when the call is. */
async function startSend() {
  await (await byTestId(app.driver, "op-review")).click();
  await byTestId(app.driver, "review");
  const send = await byTestId(app.driver, "op-send");
  await send.click();
  const startedAt = Date.now();
  await app.driver.wait(async () => (await send.getText()) === "Sending…", RESPONSIVE_MS, "Send shows that it is waiting");
  return startedAt;
}

/** Runs one interaction and checks that the window answered it quickly. */
async function responds(what, action) {
  const t = Date.now();
  await action();
  const took = Date.now() - t;
  assert.ok(took < RESPONSIVE_MS, `${what} took ${String(took)} ms while a call was waiting`);
}

test("while a slow change is sent, the form still takes input; then the answer is shown", async () => {
  await slowNextChange();
  const channel = await openSwitchForm();
  const startedAt = await startSend();

  await responds("typing in the form", async () => {
    await channel.sendKeys("X");
    await app.driver.wait(async () => (await channel.getAttribute("value")) === `${CHANNEL}X`, RESPONSIVE_MS);
    await channel.sendKeys(Key.BACK_SPACE);
    await app.driver.wait(async () => (await channel.getAttribute("value")) === CHANNEL, RESPONSIVE_MS);
  });
  await responds("a frame of the page", () =>
    app.driver.executeAsyncScript("const done = arguments[arguments.length - 1]; requestAnimationFrame(() => setTimeout(done, 0));"),
  );
  assert.ok(Date.now() - startedAt < SLOW_MS, "the interactions happened while the call was waiting");
  assert.equal((await app.driver.findElements(By.css('[data-testid="call-result"]'))).length, 0, "no answer yet");
  await screenshot(app.driver, "responsive-waiting");

  const summary = await byTestId(app.driver, "call-summary", SLOW_MS + 15000);
  assert.ok(Date.now() - startedAt >= SLOW_MS - 500, "the answer really was slow");
  assert.match(await summary.getText(), /backup stream is now on air/);
  await screenshot(app.driver, "responsive-answered");
});

test("while a slow change is sent, the producer can go back and search History; the call lands there", async () => {
  await slowNextChange();
  await openSwitchForm();
  const startedAt = await startSend();

  await responds("going back to the accounts", async () => {
    await (await byTestId(app.driver, "back-to-accounts")).click();
    await app.driver.wait(until.elementLocated(By.css(`[data-testid="account-row"][data-account-name="${NAVER}"]`)), RESPONSIVE_MS);
  });
  await responds("opening History", async () => {
    await (await byTestId(app.driver, "open-history")).click();
    await byTestId(app.driver, "history-screen", RESPONSIVE_MS);
  });
  const search = await byTestId(app.driver, "history-search");
  await responds("typing a search", async () => {
    await search.sendKeys("switch");
    await app.driver.wait(async () => (await search.getAttribute("value")) === "switch", RESPONSIVE_MS);
  });
  assert.ok(Date.now() - startedAt < SLOW_MS, "the interactions happened while the call was waiting");
  await screenshot(app.driver, "responsive-history-while-waiting");

  // The first slow call is there already; the second is listed as soon as it goes out.
  const reopen = async () => {
    await (await app.driver.findElement(By.xpath('(//*[@data-testid="history-screen"]//button)[1]'))).click();
    await (await byTestId(app.driver, "open-history")).click();
    await byTestId(app.driver, "history-screen");
  };
  const count = async () => (await app.driver.findElements(By.css('[data-testid="history-item"]'))).length;
  const newestOutcome = async () =>
    (await app.driver.findElement(By.css('[data-testid="history-item"]'))).getAttribute("data-outcome");
  // The change is in History before it goes out ("sending"), and becomes "ok" when its
  // answer lands.
  let sendingSeenAt = null;
  await app.driver.wait(async () => {
    await reopen();
    // The list loads shortly after the screen opens (its search is debounced).
    await app.driver.wait(async () => (await count()) > 0, 5000);
    await app.driver.sleep(300);
    if ((await count()) < 2) return false;
    const outcome = await newestOutcome();
    if (outcome === "sending" && sendingSeenAt === null) sendingSeenAt = Date.now();
    return outcome === "ok";
  }, SLOW_MS + 20000, "the slow call lands in History");
  assert.ok(sendingSeenAt !== null && sendingSeenAt - startedAt < SLOW_MS,
    "while its answer was awaited, the change was in History as being sent");
  assert.ok(Date.now() - startedAt >= SLOW_MS - 500, "it landed after its slow answer");
  await screenshot(app.driver, "responsive-history-landed");
});
