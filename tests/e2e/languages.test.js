// The window in each of its five languages (issue #18): the language menu switches the window
// and the engine at once, the choice is still there after a restart, and a producer's whole walk
// (Accounts → a NAVER switch → Review → Send → result → History, and a refused switch) reads in
// that language. Expected words are read from the catalogs themselves (the window's
// i18n/<lang>/ui.ftl, the engine's i18n/<lang>/engine/*.ftl), so the test follows a reworded
// message and fails on a missing one; sentences the engine builds from what it read are checked
// with assertLanguage (language-check.js). Screens per language: artifacts/screens/languages/.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { Key } from "selenium-webdriver";
import { By, byTestId, screensDir, screenshot, until, useApp } from "./harness.js";
import { assertLanguage, languageProblem } from "./language-check.js";
import { visibleText } from "./plain-text.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const LANGUAGES = ["en", "zh-Hans", "zh-Hant", "ko", "ja"];

/** The single-line messages of a UI catalog, by id (enough for the chrome checked here). */
function catalog(lang) {
  const text = readFileSync(join(root, "i18n", lang, "ui.ftl"), "utf8");
  return Object.fromEntries([...text.matchAll(/^([a-zA-Z][\w-]*) = (.+)$/gmu)].map((m) => [m[1], m[2]]));
}

/** A message of the engine's catalog i18n/<lang>/engine/<file>, formatted (an attribute with
 *  `attr`); fails when the file or the message is missing. */
function engineText(lang, file, id, attr) {
  const path = join(root, "i18n", lang, "engine", file);
  const bundle = new FluentBundle(lang, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(readFileSync(path, "utf8")));
  assert.deepEqual(errors, [], `${path} parses`);
  const message = bundle.getMessage(id);
  const pattern = attr === undefined ? message?.value : message?.attributes[attr];
  assert.ok(pattern != null, `${path} has ${id}${attr === undefined ? "" : `.${attr}`}`);
  return bundle.formatPattern(pattern);
}

const NAVER = "Sandbox – NAVER Cloud Live Station";
// The practice sandbox's NAVER channels (livedesk-sandbox seed): one receiving a stream, one not.
const PUBLISHING = "ls-20250814123456-zTwK2";
const READY = "ls-20250901090000-AbCd3";
const languagesDir = join(screensDir, "languages");

const app = useApp({ env: { LANG: "en_US.UTF-8", LANGUAGE: "en" } });

async function choose(lang) {
  const menu = await byTestId(app.driver, "language-menu");
  await (await menu.findElement(By.css(`option[value="${lang}"]`))).click();
  await app.driver.wait(async () => (await app.driver.executeScript("return document.documentElement.lang")) === lang, 5000, `<html lang> becomes ${lang}`);
}

async function text(testIdOrCss) {
  const el = /^[#.[]/u.test(testIdOrCss)
    ? await app.driver.wait(until.elementLocated(By.css(testIdOrCss)), 10000)
    : await byTestId(app.driver, testIdOrCss);
  return (await el.getText()).trim();
}

async function accountsChrome(words) {
  await app.driver.wait(async () => (await text("#accounts-heading")) === words["accounts-heading"], 5000, "the Accounts heading in the chosen language");
  assert.equal(await text("add-account"), words["accounts-add"]);
  assert.equal(await text("add-practice"), words["accounts-addPractice"]);
  assert.equal(await text("open-history"), words["history-button"]);
  assert.equal(await text('[data-testid="change-settings"]'), words["accounts-changeSettings"]);
  assert.equal(await text(".language-menu label"), words["language-label"]);
}

test("each language: the menu switches the window at once, on Accounts and on a form", async () => {
  await app.driver.wait(until.elementLocated(By.css('[data-testid="account-row"]')), 20000);
  // A fresh HOME with an English system: the window starts in English.
  assert.equal(await app.driver.executeScript("return document.documentElement.lang"), "en");
  for (const lang of LANGUAGES) {
    const words = catalog(lang);
    await choose(lang);
    await accountsChrome(words);
    await screenshot(app.driver, `lang-${lang}-accounts`, { dir: screensDir });

    const row = await app.driver.wait(until.elementLocated(By.css('[data-testid="account-row"][data-account-name="Sandbox – Huawei Cloud Live"]')), 10000);
    await (await row.findElement(By.css('[data-testid="change-settings"]'))).click();
    await (await app.driver.wait(until.elementLocated(By.css('[data-op="huawei.stream_backup"]')), 10000)).click();
    await app.driver.wait(until.elementLocated(By.css('[data-testid="operation-form"][data-operation="huawei.stream_backup"]')), 10000);
    assert.equal(await text("op-review"), words["ops-review"]);
    assert.equal(await text("back-to-accounts"), words["ops-back"]);
    await screenshot(app.driver, `lang-${lang}-operation-form`, { dir: screensDir });
    await (await byTestId(app.driver, "back-to-accounts")).click();
  }
});

test("the chosen language is remembered after a restart", async () => {
  await choose("ko");
  await app.restart();
  await app.driver.wait(until.elementLocated(By.css('[data-testid="account-row"]')), 20000);
  assert.equal(await app.driver.executeScript("return document.documentElement.lang"), "ko");
  assert.equal(await (await byTestId(app.driver, "language-menu")).getAttribute("value"), "ko");
  await accountsChrome(catalog("ko"));

  // The engine speaks the remembered language from the start too.
  await openSwitch();
  const shown = await text('[data-testid="operation-form"] h2');
  await home();
  assert.equal(shown, engineText("ko", "schema-naver.ftl", "op-naver-switch_stream"));
});

/** Back to the Accounts screen from wherever the last test left the window. */
async function home() {
  for (const css of ['[data-testid="back-to-accounts"]', '[data-testid="history-screen"] .section-head button']) {
    const found = await app.driver.findElements(By.css(css));
    if (found.length > 0) await found[0].click();
  }
  await app.driver.wait(until.elementLocated(By.css('[data-testid="account-row"]')), 10000);
}

/** Opens the NAVER practice account's switch form (from Accounts). */
async function openSwitch() {
  const row = await app.driver.wait(until.elementLocated(By.css(`[data-testid="account-row"][data-account-name="${NAVER}"]`)), 10000);
  await (await row.findElement(By.css('[data-testid="change-settings"]'))).click();
  const button = await app.driver.wait(until.elementLocated(By.css('[data-op="naver.switch_stream"]')), 10000);
  const title = (await button.getText()).trim();
  await button.click();
  await app.driver.wait(until.elementLocated(By.css('[data-testid="operation-form"][data-operation="naver.switch_stream"]')), 10000);
  return title;
}

/** Replaces the channel typed in the form, the way a person does. */
async function typeChannel(channel) {
  const input = await app.driver.wait(until.elementLocated(By.id("op-channelId")), 5000);
  await input.sendKeys(Key.chord(Key.CONTROL, "a"), Key.BACK_SPACE);
  await input.sendKeys(channel);
}

/** Clicks Review and waits for a new one. */
async function review() {
  const old = await app.driver.findElements(By.css('[data-testid="review"]'));
  await (await byTestId(app.driver, "op-review")).click();
  if (old.length > 0) await app.driver.wait(until.stalenessOf(old[0]), 15000);
  try {
    return await byTestId(app.driver, "review", 15000);
  } catch (e) {
    throw new Error(`no Review; the screen shows:\n${await visibleText(app.driver)}`, { cause: e });
  }
}

/** Waits until the element's text is in `lang` (a switch asks the engine again), then checks it. */
async function inLanguage(css, lang, where) {
  let last = "";
  await app.driver.wait(async () => {
    const found = await app.driver.findElements(By.css(css));
    last = found.length === 0 ? "" : (await found[0].getText()).trim();
    return languageProblem(last, lang, [NAVER]) === null;
  }, 10000).catch(() => undefined);
  assertLanguage(last, lang, { where, names: [NAVER] });
  return last;
}

async function fieldLabel(path) {
  return (await (await app.driver.wait(until.elementLocated(By.css(`label[for="op-${path}"]`)), 10000)).getText()).trim();
}

test("each language: Accounts → NAVER switch → Review → Send → result → History, and a refused switch, all in that language", async () => {
  await home();
  for (const lang of LANGUAGES) {
    const title = engineText(lang, "schema-naver.ftl", "op-naver-switch_stream");
    const channelLabel = engineText(lang, "schema-naver.ftl", "op-naver-switch_stream-f-channelId");
    await choose(lang);
    await accountsChrome(catalog(lang));
    await screenshot(app.driver, `${lang}-1-accounts`, { dir: languagesDir });

    assert.equal(await openSwitch(), title, `${lang}: the operation's button`);
    assert.equal(await text('[data-testid="operation-form"] h2'), title, `${lang}: the form's title`);
    assert.ok((await fieldLabel("channelId")).startsWith(channelLabel), `${lang}: the Channel ID label is “${channelLabel}”`);
    await screenshot(app.driver, `${lang}-2-form`, { dir: languagesDir });

    await typeChannel(PUBLISHING);
    await review();
    await inLanguage('[data-testid="review-effects"]', lang, `${lang}: the Review's effects`);
    await screenshot(app.driver, `${lang}-3-review`, { dir: languagesDir });

    await (await byTestId(app.driver, "op-send")).click();
    await byTestId(app.driver, "call-summary", 15000);
    await inLanguage('[data-testid="call-summary"]', lang, `${lang}: the answer's summary`);
    await screenshot(app.driver, `${lang}-4-result`, { dir: languagesDir });

    // The vendor refuses a switch on a channel that receives no stream: Review says so first.
    await typeChannel(READY);
    await review();
    await byTestId(app.driver, "review-refusals", 15000);
    await inLanguage('[data-testid="review-refusals"] .refusal', lang, `${lang}: the refusal's explanation`);
    assert.equal(await (await byTestId(app.driver, "op-send")).isEnabled(), false, `${lang}: nothing to send`);
    await screenshot(app.driver, `${lang}-5-refused`, { dir: languagesDir });

    await (await byTestId(app.driver, "open-history")).click();
    const newest = await app.driver.wait(until.elementLocated(By.css('[data-testid="history-item"]')), 10000);
    assert.equal((await (await newest.findElement(By.css('[data-testid="history-title"]'))).getText()).trim(), title, `${lang}: History names the operation`);
    await inLanguage('[data-testid="history-item"] [data-testid="history-summary"]', lang, `${lang}: History's summary`);
    await screenshot(app.driver, `${lang}-6-history`, { dir: languagesDir });
    await home();
  }
});

test("switching with a Review on screen: the form keeps its channel, the engine's words follow", async () => {
  await home();
  await choose("en");
  await openSwitch();
  await typeChannel(PUBLISHING);
  await review();
  await inLanguage('[data-testid="review-effects"]', "en", "the English Review");
  for (const lang of ["ja", "zh-Hant"]) {
    await choose(lang);
    const title = engineText(lang, "schema-naver.ftl", "op-naver-switch_stream");
    await app.driver.wait(async () => (await text('[data-testid="operation-form"] h2')) === title, 10000, `${lang}: the form's title follows`);
    assert.ok((await fieldLabel("channelId")).startsWith(engineText(lang, "schema-naver.ftl", "op-naver-switch_stream-f-channelId")));
    assert.equal(await (await app.driver.findElement(By.id("op-channelId"))).getAttribute("value"), PUBLISHING, `${lang}: the channel typed is kept`);
    await inLanguage('[data-testid="review-effects"]', lang, `${lang}: the Review made again`);
    await screenshot(app.driver, `${lang}-switched-on-review`, { dir: languagesDir });
  }
  await choose("en");
  await home();
});
