import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { By, byTestId, openApp, screenshot, startDriver } from "./harness.js";

let driverInfo;
let driver;

before(async () => {
  driverInfo = await startDriver();
  driver = await openApp(driverInfo);
});

after(async () => {
  await driver?.quit();
  await driverInfo?.stop();
});

test("the window opens titled Livedesk and shows the Accounts list", async () => {
  assert.equal(await driver.getTitle(), "Livedesk");
  const heading = await driver.findElement(By.css("h1"));
  assert.equal(await heading.getText(), "Livedesk");
  // The list appears once the engine has answered over IPC.
  const empty = await byTestId(driver, "accounts-empty");
  assert.match(await empty.getText(), /No accounts yet/);
  const accountsHeading = await driver.findElement(By.id("accounts-heading"));
  assert.equal(await accountsHeading.getText(), "Accounts");
  await screenshot(driver, "home");
});
