// The installed Livedesk (LIVEDESK_APP: the program its desktop entry's Exec names) opens its
// window with the practice accounts. Run by scripts/install-test.sh inside Xvfb, D-Bus and a
// throwaway keychain; HOME is the test's own (given by the script) so the data folder can be
// checked after the package is removed.
import assert from "node:assert/strict";

const home = process.env.LIVEDESK_INSTALL_HOME;
assert.ok(process.env.LIVEDESK_APP && home, "LIVEDESK_APP and LIVEDESK_INSTALL_HOME are set by scripts/install-test.sh");
// The harness reads LIVEDESK_APP when it is loaded.
const { By, byTestId, openApp, screenshot, startDriver } = await import("../e2e/harness.js");

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
  await screenshot(driver, "installed-app");
  console.log("installed app: window opened with the four practice accounts");
} finally {
  await driver?.quit();
  await driverInfo.stop();
}
