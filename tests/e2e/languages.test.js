// The window in each of its five languages (issue #18, first part): the language menu switches
// at once, the Accounts screen and an operation form speak that language, and the choice is
// still there after a restart. Expected words are read from the catalogs themselves
// (i18n/<lang>/ui.ftl), so the test follows a reworded message and fails on a missing one.
//
// Only the window's own words are translated so far: operation titles, field labels, review
// sentences and vendor-error explanations come from the engine and stay English until the
// engine's catalogs (i18n/<lang>/engine.ftl) arrive in the second part.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { By, byTestId, openApp, screenshot, screensDir, startDriver, until } from "./harness.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const LANGUAGES = ["en", "zh-Hans", "zh-Hant", "ko", "ja"];

/** The single-line messages of a UI catalog, by id (enough for the chrome checked here). */
function catalog(lang) {
  const text = readFileSync(join(root, "i18n", lang, "ui.ftl"), "utf8");
  return Object.fromEntries([...text.matchAll(/^([a-zA-Z][\w-]*) = (.+)$/gmu)].map((m) => [m[1], m[2]]));
}

let driverInfo;
let driver;

before(async () => {
  driverInfo = await startDriver({ env: { LANG: "en_US.UTF-8", LANGUAGE: "en" } });
  driver = await openApp(driverInfo);
});

after(async () => {
  await driver?.quit();
  await driverInfo?.stop();
});

async function choose(lang) {
  const menu = await byTestId(driver, "language-menu");
  await (await menu.findElement(By.css(`option[value="${lang}"]`))).click();
  await driver.wait(async () => (await driver.executeScript("return document.documentElement.lang")) === lang, 5000, `<html lang> becomes ${lang}`);
}

async function text(testIdOrCss) {
  const el = /^[#.[]/u.test(testIdOrCss)
    ? await driver.wait(until.elementLocated(By.css(testIdOrCss)), 10000)
    : await byTestId(driver, testIdOrCss);
  return (await el.getText()).trim();
}

async function accountsChrome(words) {
  await driver.wait(async () => (await text("#accounts-heading")) === words["accounts-heading"], 5000, "the Accounts heading in the chosen language");
  assert.equal(await text("add-account"), words["accounts-add"]);
  assert.equal(await text("add-practice"), words["accounts-addPractice"]);
  assert.equal(await text("open-history"), words["history-button"]);
  assert.equal(await text('[data-testid="change-settings"]'), words["accounts-changeSettings"]);
  assert.equal(await text(".language-menu label"), words["language-label"]);
}

test("each language: the menu switches the window at once, on Accounts and on a form", async () => {
  await driver.wait(until.elementLocated(By.css('[data-testid="account-row"]')), 20000);
  // A fresh HOME with an English system: the window starts in English.
  assert.equal(await driver.executeScript("return document.documentElement.lang"), "en");
  for (const lang of LANGUAGES) {
    const words = catalog(lang);
    await choose(lang);
    await accountsChrome(words);
    await screenshot(driver, `lang-${lang}-accounts`, { dir: screensDir });

    const row = await driver.wait(until.elementLocated(By.css('[data-testid="account-row"][data-account-name="Sandbox – Huawei Cloud Live"]')), 10000);
    await (await row.findElement(By.css('[data-testid="change-settings"]'))).click();
    await (await driver.wait(until.elementLocated(By.css('[data-op="huawei.stream_backup"]')), 10000)).click();
    await driver.wait(until.elementLocated(By.css('[data-testid="operation-form"][data-operation="huawei.stream_backup"]')), 10000);
    assert.equal(await text("op-review"), words["ops-review"]);
    assert.equal(await text("back-to-accounts"), words["ops-back"]);
    await screenshot(driver, `lang-${lang}-operation-form`, { dir: screensDir });
    await (await byTestId(driver, "back-to-accounts")).click();
  }
});

test("the chosen language is remembered after a restart", async () => {
  await choose("ko");
  await driver.quit();
  driver = await openApp(driverInfo);
  await driver.wait(until.elementLocated(By.css('[data-testid="account-row"]')), 20000);
  assert.equal(await driver.executeScript("return document.documentElement.lang"), "ko");
  assert.equal(await (await byTestId(driver, "language-menu")).getAttribute("value"), "ko");
  await accountsChrome(catalog("ko"));
});
