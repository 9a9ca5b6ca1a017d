// Desktop manners (issue 17): keychain help when there is no keychain service, a clean first
// start, no web-view menu, focus on the new screen's heading, light and dark themes with AA
// contrast, and an Accounts screen that holds at the window's minimum size.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { Key } from "selenium-webdriver";
import { By, byTestId, openApp, resize, screens, startDriver, until, windowSizes } from "./harness.js";

const started = [];

/** Stops what `start` (or a test) started, newest first; a window already closed is fine. */
async function stopAll() {
  while (started.length > 0) {
    try {
      await started.pop()();
    } catch {
      // already stopped
    }
  }
}

after(stopAll);

/** A private session bus with no service files: nothing provides org.freedesktop.secrets, as on
 * a desktop without gnome-keyring or KeePassXC. Resolves to its address. */
async function busWithoutSecretService() {
  const dir = mkdtempSync(join(tmpdir(), "livedesk-bare-bus-"));
  const config = join(dir, "session.conf");
  writeFileSync(config, `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=${dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`);
  const daemon = spawn("dbus-daemon", [`--config-file=${config}`, "--nofork", "--print-address=1"], { stdio: ["ignore", "pipe", "inherit"] });
  started.push(async () => {
    daemon.kill("SIGTERM");
  });
  return new Promise((ok, fail) => {
    let out = "";
    daemon.stdout.on("data", (chunk) => {
      out += String(chunk);
      if (out.includes("\n")) ok(out.trim());
    });
    daemon.once("exit", (code) => {
      fail(new Error(`dbus-daemon exited with ${String(code)}`));
    });
  });
}

/** Opens the app in a new throwaway HOME; the window is closed at the end of the test `t`. */
async function start(t, env = {}) {
  t.after(stopAll);
  const info = await startDriver({ env });
  started.push(info.stop);
  const driver = await openApp(info);
  started.push(() => driver.quit());
  await driver.wait(until.elementLocated(By.css('[data-testid="account-row"]')), 20000);
  return { info, driver };
}

const rowNames = async (driver) =>
  Promise.all((await driver.findElements(By.css('[data-testid="account-row"]'))).map((r) => r.getAttribute("data-account-name")));

async function type(driver, id, text) {
  const input = await driver.wait(until.elementLocated(By.id(id)), 5000);
  await input.sendKeys(text);
}

test("no keychain service: the window says so, that nothing was saved and what to install; the list is unchanged", async (t) => {
  t.after(stopAll);
  const bus = await busWithoutSecretService();
  const { driver } = await start(t, { DBUS_SESSION_BUS_ADDRESS: bus });
  const before = await rowNames(driver);

  await (await byTestId(driver, "add-account")).click();
  await (await driver.wait(until.elementLocated(By.css('[data-testid="vendor-picker"] [data-vendor="naver"]')), 10000)).click();
  await byTestId(driver, "account-editor");
  await type(driver, "account-name", "NAVER – no keychain");
  await type(driver, "account-access_key", "NCP-E2E-ACCESS-0002");
  await type(driver, "account-secret_key", "NCP-E2E-SECRET-no-keychain-0002");
  // The smallest window, where the message is below the fold unless it is brought into view.
  await resize(driver, windowSizes.minimum);
  await (await byTestId(driver, "account-save")).click();

  const editor = await byTestId(driver, "account-editor");
  const notice = await driver
    .wait(until.elementLocated(By.css('[data-testid="account-editor"] .error[data-code]')), 15000)
    .catch(async (e) => {
      throw new Error(`no error notice; the editor shows: ${await editor.getText()}`, { cause: e });
    });
  assert.equal(await notice.getAttribute("data-code"), "keychain.no_service");
  const text = await notice.getText();
  assert.match(text, /no keychain service/);
  assert.match(text, /Nothing was saved/);
  assert.match(text, /gnome-keyring/);
  assert.match(text, /KeePassXC/);
  assert.doesNotMatch(text, /locked|Unlock/i, "no advice to unlock what does not exist");
  const seen = await driver.executeScript("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight;", notice);
  assert.equal(seen, true, "the message is scrolled into view at the smallest window size");
  await screens(driver, "keychain-absent");

  await (await driver.findElement(By.xpath('//*[@data-testid="account-editor"]//button[text()="Cancel"]'))).click();
  await driver.wait(async () => (await driver.findElements(By.css('[data-testid="account-editor"]'))).length === 0, 5000);
  assert.deepEqual(await rowNames(driver), before, "the account list is unchanged");
});

test("first start: the log folder is made without an error line, the web view menu is gone, focus follows navigation", async (t) => {
  const { info, driver } = await start(t);

  const log = info.log();
  assert.match(log, /Livedesk \S+ started; logging to this folder/, "the app's own output is in this log");
  assert.doesNotMatch(log, /Error reading the log directory/);
  const logs = join(info.home, ".local/share/app.livedesk.desktop/logs");
  assert.ok(readdirSync(logs).some((f) => f.startsWith("livedesk")), "a log file in the new folder");

  // The web view's menu (Reload, Inspect Element) is refused outside text; text keeps it.
  const rightClick = (css) => driver.executeScript(`
    const el = document.querySelector(arguments[0]);
    const event = new MouseEvent("contextmenu", { bubbles: true, cancelable: true, button: 2 });
    el.dispatchEvent(event);
    return event.defaultPrevented;`, css);
  assert.equal(await rightClick("#accounts-heading"), true, "no menu on the page");
  assert.equal(await rightClick('[data-testid="add-account"]'), true, "no menu on a button");
  await (await byTestId(driver, "add-account")).click();
  await (await driver.wait(until.elementLocated(By.css('[data-testid="vendor-picker"] [data-vendor="blendvision"]')), 10000)).click();
  const name = await driver.wait(until.elementLocated(By.id("account-name")), 5000);
  assert.equal(await rightClick("#account-name"), false, "a text field keeps cut, copy and paste");

  // Opening the editor put focus on its heading; Cancel puts it back on the list's.
  const focused = () => driver.executeScript("const a = document.activeElement; return a.tagName + ':' + a.textContent;");
  assert.match(await focused(), /^H2:New BlendVision/);
  await name.sendKeys("x");
  await (await driver.findElement(By.xpath('//*[@data-testid="account-editor"]//button[text()="Cancel"]'))).click();
  await driver.wait(async () => /^H2:Accounts/.test(await focused()), 5000);

  // Enter on "Change settings" (the keyboard, as in the issue) lands on the new screen's heading.
  const row = await driver.findElement(By.css('[data-testid="account-row"][data-account-name^="Sandbox – NAVER"]'));
  await (await row.findElement(By.css('[data-testid="change-settings"]'))).sendKeys(Key.ENTER);
  await byTestId(driver, "operations-screen");
  await driver.wait(async () => (await focused()).startsWith("H2:"), 5000, "focus on the operations screen's heading");
  assert.match(await focused(), /^H2:Change settings of Sandbox – NAVER/);
  await (await byTestId(driver, "open-history")).click();
  await byTestId(driver, "history-screen");
  await driver.wait(async () => /^H2:History/.test(await focused()), 5000, "focus on History's heading");
});

/** Relative luminance contrast of two CSS colours (rgb/rgba strings), as WCAG defines it. */
const CONTRAST = `
  const parse = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => { const [r, g, b] = parse(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };`;

async function themeFacts(driver) {
  // Focus a primary (dark in the light theme) button the way the keyboard does.
  // With the keyboard: the ring is for keyboard focus (:focus-visible).
  await driver.executeScript('document.querySelector("[data-testid=open-history]").focus()');
  for (let i = 0; i < 5; i += 1) {
    await driver.actions().sendKeys(Key.TAB).perform();
    if (await driver.executeScript('return document.activeElement.dataset.testid === "add-account"')) break;
  }
  return driver.executeScript(`${CONTRAST}
    const root = getComputedStyle(document.documentElement);
    const panel = getComputedStyle(document.querySelector(".accounts"));
    const muted = getComputedStyle(document.querySelector(".account-meta"));
    const button = document.querySelector('[data-testid="add-account"]');
    const ring = getComputedStyle(button, null);
    return {
      dark: matchMedia("(prefers-color-scheme: dark)").matches,
      background: root.backgroundColor,
      text: contrast(panel.color, panel.backgroundColor),
      muted: contrast(muted.color, panel.backgroundColor),
      ringStyle: ring.outlineStyle,
      ringWidth: parseFloat(ring.outlineWidth),
      ring: contrast(ring.outlineColor, panel.backgroundColor),
      primaryText: contrast(ring.color, ring.backgroundColor),
    };`);
}

test("light and dark themes follow the system, each with AA contrast and a visible focus ring", async (t) => {
  // One window at a time: only the window with the keyboard shows a focus ring.
  const light = await start(t);
  const lightFacts = await themeFacts(light.driver);
  await light.driver.quit();
  const dark = await start(t, { GTK_THEME: "Adwaita:dark" });
  const darkFacts = await themeFacts(dark.driver);
  assert.equal(lightFacts.dark, false);
  assert.equal(darkFacts.dark, true, "GTK_THEME=Adwaita:dark makes the web view prefer dark");
  assert.notEqual(darkFacts.background, lightFacts.background, "the dark theme is really applied");
  for (const [theme, facts] of [["light", lightFacts], ["dark", darkFacts]]) {
    assert.ok(facts.text >= 4.5, `${theme}: text ${String(facts.text)}`);
    assert.ok(facts.muted >= 4.5, `${theme}: secondary text ${String(facts.muted)}`);
    assert.ok(facts.primaryText >= 4.5, `${theme}: primary button text ${String(facts.primaryText)}`);
    assert.equal(facts.ringStyle, "solid", `${theme}: focus ring shown`);
    assert.ok(facts.ringWidth >= 2, `${theme}: focus ring width ${String(facts.ringWidth)}`);
    assert.ok(facts.ring >= 3, `${theme}: focus ring contrast ${String(facts.ring)}`);
  }
  await screens(dark.driver, "accounts-dark");
});

test("Accounts at the window's minimum size: no name on three lines, no vendor column, no sideways scrolling", async (t) => {
  const { driver } = await start(t);
  await resize(driver, windowSizes.minimum);
  const layout = await driver.executeScript(`
    const lines = (el) => { const r = document.createRange(); r.selectNodeContents(el); return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size; };
    const rows = [...document.querySelectorAll('[data-testid="account-row"]')];
    return {
      width: innerWidth,
      scrolls: document.documentElement.scrollWidth > innerWidth,
      names: rows.map((row) => [row.dataset.accountName, lines(row.querySelector(".account-name"))]),
      badge: Math.max(...rows.map((row) => row.querySelector(".badge").getBoundingClientRect().width / row.getBoundingClientRect().width)),
    };`);
  assert.equal(layout.width, windowSizes.minimum.width);
  assert.equal(layout.scrolls, false, "no sideways scrolling");
  assert.ok(layout.names.length >= 4, "the practice accounts are listed");
  for (const [name, lines] of layout.names) assert.ok(lines <= 2, `${name} takes ${String(lines)} lines`);
  assert.ok(layout.badge < 0.34, `the vendor takes ${String(layout.badge)} of the row`);
  await screens(driver, "accounts");
});
