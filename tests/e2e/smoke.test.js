import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { By, byTestId, screenshot, until, useApp } from "./harness.js";

const app = useApp();

test("the window opens titled Livedesk and shows the Accounts list with practice accounts", async () => {
  // The list appears once the page has loaded and the engine has answered over IPC.
  await byTestId(app.driver, "accounts-list", 20000);
  assert.equal(await app.driver.getTitle(), "Livedesk");
  const heading = await app.driver.findElement(By.css("h1"));
  assert.equal(await heading.getText(), "Livedesk");
  const accountsHeading = await app.driver.findElement(By.id("accounts-heading"));
  assert.equal(await accountsHeading.getText(), "Accounts");
  const rows = await app.driver.findElements(By.css('[data-testid="account-row"]'));
  const names = await Promise.all(rows.map((row) => row.getAttribute("data-account-name")));
  assert.deepEqual(names, [
    "Sandbox – Huawei Cloud Live",
    "Sandbox – NAVER Cloud Live Station",
    "Sandbox – BlendVision One",
    "Sandbox – Alibaba Cloud ApsaraVideo Live",
  ]);
  for (const row of rows) assert.match(await row.getText(), /Practice — built-in sandbox/);
  await screenshot(app.driver, "home");
});

/** The ids of the X windows titled `title` that are mapped and viewable on the display. */
function viewableWindows(title) {
  const tree = execFileSync("xwininfo", ["-root", "-tree"], { encoding: "utf8" });
  const ids = [...tree.matchAll(/^\s*(0x[0-9a-f]+) "([^"]*)"/gm)].filter((m) => m[2] === title).map((m) => m[1]);
  return ids.filter((id) => /Map State: IsViewable/.test(execFileSync("xwininfo", ["-id", id], { encoding: "utf8" })));
}

test("the window opened hidden is on screen once its page has loaded", async () => {
  // It is created hidden and shown when the page has loaded (src-tauri/src/reveal.rs); a
  // producer must never be left without a window.
  await byTestId(app.driver, "accounts-list", 20000);
  await app.driver.wait(async () => viewableWindows("Livedesk").length > 0, 5000, "no viewable Livedesk window on the display");
});

test("Check connection on a practice account says it works, in plain words", async () => {
  const row = await app.driver.wait(until.elementLocated(By.css('[data-testid="account-row"][data-account-name="Sandbox – NAVER Cloud Live Station"]')), 20000);
  await (await row.findElement(By.xpath(".//button[text()='Check connection']"))).click();
  const result = await app.driver.wait(until.elementLocated(By.css('[data-account-name="Sandbox – NAVER Cloud Live Station"] [role="status"]')), 10000);
  assert.equal(await result.getAttribute("data-outcome"), "works");
  assert.match(await result.getText(), /works|accepted/i);
  await screenshot(app.driver, "check-connection");
});
