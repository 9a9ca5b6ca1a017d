// The installed Livedesk (LIVEDESK_APP: the program its desktop entry's Exec names) opens its
// window with the practice accounts, and a practice account's call to the built-in sandbox works. Run by scripts/install-test.sh inside Xvfb, D-Bus and a
// throwaway keychain; HOME is the test's own (given by the script) so the data folder can be
// checked after the package is removed.
import assert from "node:assert/strict";

const home = process.env.LIVEDESK_INSTALL_HOME;
assert.ok(process.env.LIVEDESK_APP && home, "LIVEDESK_APP and LIVEDESK_INSTALL_HOME are set by scripts/install-test.sh");
// The harness reads LIVEDESK_APP when it is loaded.
const { By, byTestId, openApp, screenshot, startDriver, until } = await import("../e2e/harness.js");

const driverInfo = await startDriver({ home });
let driver;
try {
  driver = await openApp(driverInfo);
  await byTestId(driver, "accounts-list", 30000);
  assert.equal(await driver.getTitle(), "Livedesk");
  const rows = await driver.findElements(By.css('[data-testid="account-row"]'));
  const names = await Promise.all(rows.map((row) => row.getAttribute("data-account-name")));
  assert.deepEqual(names, [
    "Sandbox – Huawei Cloud Live",
    "Sandbox – NAVER Cloud Live Station",
    "Sandbox – BlendVision One",
    "Sandbox – Alibaba Cloud ApsaraVideo Live",
  ]);
  assert.equal(await (await driver.findElement(By.id("accounts-heading"))).getText(), "Accounts");
  await screenshot(driver, "installed-app");
  console.log("installed app: window opened on Accounts with the four practice accounts");

  // A signed call from the installed program to the sandbox it carries, as a producer's first try.
  const practice = '[data-testid="account-row"][data-account-name="Sandbox – NAVER Cloud Live Station"]';
  const row = await driver.findElement(By.css(practice));
  await (await row.findElement(By.xpath(".//button[text()='Check connection']"))).click();
  const result = await driver.wait(until.elementLocated(By.css(`${practice} [role="status"]`)), 15000);
  assert.equal(await result.getAttribute("data-outcome"), "works");
  assert.match(await result.getText(), /works|accepted/i);
  await screenshot(driver, "installed-app-practice-call");
  console.log("installed app: Check connection on the NAVER practice account says the key works");
} finally {
  await driver?.quit();
  await driverInfo.stop();
}
