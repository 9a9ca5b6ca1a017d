// The accessibility audit (issue 17): axe-core over every screen a producer reaches today, in
// the light and the dark theme, with no serious or critical finding and no jargon outside closed
// technical details (plain-text.js); each screen is also written to artifacts/screens/ at the window's first and smallest size.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { Key } from "selenium-webdriver";
import { audit, By, byTestId, openApp, screens, startDriver, until } from "./harness.js";
import { assertPlainText } from "./plain-text.js";

const NAVER = "Sandbox – NAVER Cloud Live Station";
const CHANNEL = "ls-20250814123456-zTwK2";
const VENDORS = ["huawei", "naver", "blendvision", "alibaba"];
const THEMES = {
  light: {},
  // WebKitGTK answers prefers-color-scheme from the GTK theme (manners.test.js checks it flips).
  dark: { GTK_THEME: "Adwaita:dark" },
};

const started = [];
after(async () => {
  for (const stop of started.reverse()) await stop();
});

/** Audits what the window shows and keeps its screenshots; `name` names both. */
async function look(driver, theme, name) {
  // Every screen this walk reaches is also read for jargon (ids, codes, wire values).
  await assertPlainText(driver, `${theme}-${name}`);
  await audit(driver, `${theme}-${name}`);
  await screens(driver, `${theme}-${name}`);
}

async function backToAccounts(driver) {
  const backs = await driver.findElements(By.css('[data-testid="back-to-accounts"]'));
  if (backs.length > 0) await backs[0].click();
  await driver.wait(until.elementLocated(By.css('[data-testid="account-row"]')), 10000);
}

async function accountScreens(driver, theme) {
  await look(driver, theme, "accounts");
  const first = await driver.findElement(By.css(`[data-testid="account-row"][data-account-name="${NAVER}"]`));
  await (await first.findElement(By.css('[data-testid="check-connection"] button'))).click();
  await driver.wait(until.elementLocated(By.css(".check-result")), 15000);
  await look(driver, theme, "check-connection");
  await (await first.findElement(By.xpath(".//button[text()='Delete']"))).click();
  await byTestId(driver, "confirm-delete");
  await look(driver, theme, "confirm-delete");
  await (await driver.findElement(By.xpath('//*[@data-testid="confirm-delete"]//button[not(@data-testid)]'))).click();
  await driver.wait(async () => (await driver.findElements(By.css('[data-testid="confirm-delete"]'))).length === 0, 5000);
  await (await byTestId(driver, "add-account")).click();
  await byTestId(driver, "vendor-picker");
  await driver.wait(until.elementLocated(By.css('[data-testid="vendor-picker"] [data-vendor]')), 10000);
  await look(driver, theme, "vendor-picker");
  for (const vendor of VENDORS) {
    const pick = await driver.findElements(By.css(`[data-testid="vendor-picker"] [data-vendor="${vendor}"]`));
    if (pick.length === 0) await (await byTestId(driver, "add-account")).click();
    await (await driver.wait(until.elementLocated(By.css(`[data-testid="vendor-picker"] [data-vendor="${vendor}"]`)), 5000)).click();
    await byTestId(driver, "account-editor");
    await look(driver, theme, `account-editor-${vendor}`);
    if (vendor === "naver") {
      // Errors shown: Save with nothing filled marks every required field.
      await (await byTestId(driver, "account-save")).click();
      await driver.wait(until.elementLocated(By.css('[data-testid^="error-"]')), 5000);
      await look(driver, theme, "account-editor-errors");
    }
    await (await driver.findElement(By.xpath('//*[@data-testid="account-editor"]//button[text()="Cancel"]'))).click();
    await driver.wait(async () => (await driver.findElements(By.css('[data-testid="account-editor"]'))).length === 0, 5000);
  }
}

async function operationScreens(driver, theme) {
  const names = await Promise.all((await driver.findElements(By.css('[data-testid="account-row"]'))).map((r) => r.getAttribute("data-account-name")));
  let audited = 0;
  for (const name of names) {
    await backToAccounts(driver);
    const row = await driver.findElement(By.css(`[data-testid="account-row"][data-account-name="${name}"]`));
    await (await row.findElement(By.css('[data-testid="change-settings"]'))).click();
    await byTestId(driver, "operations-screen");
    const ops = await Promise.all((await driver.wait(until.elementsLocated(By.css("[data-op]")), 10000)).map((b) => b.getAttribute("data-op")));
    if (audited === 0) await look(driver, theme, "operations");
    for (const op of ops) {
      await (await driver.findElement(By.css(`[data-op="${op}"]`))).click();
      await driver.wait(until.elementLocated(By.css(`[data-testid="operation-form"][data-operation="${op}"]`)), 10000);
      await look(driver, theme, `form-${op}`);
      audited += 1;
    }
  }
  assert.ok(audited >= 8, `every vendor's forms were audited (${String(audited)})`);
}

async function callScreens(driver, theme) {
  await backToAccounts(driver);
  const row = await driver.findElement(By.css(`[data-testid="account-row"][data-account-name="${NAVER}"]`));
  await (await row.findElement(By.css('[data-testid="change-settings"]'))).click();
  await (await driver.wait(until.elementLocated(By.css('[data-op="naver.switch_stream"]')), 10000)).click();
  await byTestId(driver, "operation-form");
  // Errors shown on a form: Review with the channel left empty.
  const channel = await driver.wait(until.elementLocated(By.id("op-channelId")), 5000);
  await channel.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  await (await byTestId(driver, "op-review")).click();
  await driver.wait(until.elementLocated(By.css('[data-testid^="error-"]')), 5000);
  await look(driver, theme, "form-errors");
  await channel.sendKeys(CHANNEL);
  await (await byTestId(driver, "op-review")).click();
  await byTestId(driver, "review");
  await look(driver, theme, "review");
  await (await byTestId(driver, "op-send")).click();
  await byTestId(driver, "call-summary", 15000);
  await look(driver, theme, "result");
  await (await byTestId(driver, "open-history")).click();
  await driver.wait(until.elementLocated(By.css('[data-testid="history-item"]')), 10000);
  await look(driver, theme, "history");
}

for (const [theme, env] of Object.entries(THEMES)) {
  test(`no serious or critical accessibility finding on any screen, ${theme} theme`, async () => {
    const info = await startDriver({ env });
    started.push(info.stop);
    const driver = await openApp(info);
    started.push(() => driver.quit());
    await driver.wait(until.elementLocated(By.css('[data-testid="account-row"]')), 20000);
    assert.equal(await driver.executeScript('return matchMedia("(prefers-color-scheme: dark)").matches'), theme === "dark");
    await accountScreens(driver, theme);
    await operationScreens(driver, theme);
    await callScreens(driver, theme);
  });
}
