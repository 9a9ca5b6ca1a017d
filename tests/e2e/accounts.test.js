// A producer adds a real account, sees it masked, restarts the app, then deletes it — and the
// keychain entry is gone with it.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { accountRow, By, byTestId, openApp, screenshot, until, useApp } from "./harness.js";

const CANARY = "E2E-CANARY-SECRET-5b7d21c9";

function keychainEntry(accountId) {
  try {
    return execFileSync("secret-tool", ["lookup", "service", "livedesk", "username", accountId], { encoding: "utf8" });
  } catch {
    return null; // secret-tool exits 1 when there is no such entry
  }
}

async function type(driver, id, text) {
  const input = await driver.findElement(By.id(id));
  await input.clear();
  await input.sendKeys(text);
}

// Each test opens and closes the window itself.
const app = useApp({ open: false });

test("create an account, see it masked, find it after a restart, delete it with its keychain entry", async () => {
  let driver = await openApp(app.info);
  let accountId;
  try {
    await (await byTestId(driver, "add-account")).click();
    // The vendors' forms arrive just after the first screen has painted.
    await (await driver.wait(until.elementLocated(By.css('[data-testid="vendor-picker"] [data-vendor="naver"]')), 10000)).click();
    await byTestId(driver, "account-editor");
    await type(driver, "account-name", "NAVER – Seoul studio");
    await type(driver, "account-access_key", "NCP-E2E-ACCESS-0001");
    // Saving without the secret key shows the error next to the field and sends nothing.
    await (await byTestId(driver, "account-save")).click();
    assert.equal(await (await byTestId(driver, "error-secret_key")).getText(), "Secret key is required.");
    await screenshot(driver, "account-form-error");
    await type(driver, "account-secret_key", CANARY);
    await (await byTestId(driver, "account-save")).click();

    const row = await accountRow(driver, "NAVER – Seoul studio", 10000);
    accountId = await row.getAttribute("data-account-id");
    const secrets = await row.findElement(By.css('[data-testid="account-secrets"]'));
    assert.equal(await secrets.getText(), "Access key ID: …0001 · Secret key: …21c9");
    const page = await driver.getPageSource();
    assert.ok(!page.includes(CANARY), "the secret never reaches the page");
    const stored = keychainEntry(accountId);
    assert.ok(stored?.includes(CANARY), "the secret is in the OS keychain");
    const settingsFile = join(app.info.home, ".local/share/app.livedesk.desktop/settings.json");
    const settings = readFileSync(settingsFile, "utf8");
    assert.ok(settings.includes("NAVER – Seoul studio"), "the account is in the settings store");
    assert.ok(!settings.includes(CANARY), "the secret is not in the settings store");
    await screenshot(driver, "account-created");
  } finally {
    await driver.quit();
  }

  driver = await openApp(app.info);
  try {
    const row = await accountRow(driver, "NAVER – Seoul studio", 10000);
    assert.equal(await row.getAttribute("data-account-id"), accountId);
    await (await row.findElement(By.xpath(".//button[text()='Delete']"))).click();
    const dialog = await byTestId(driver, "confirm-delete");
    assert.match(await dialog.getText(), /Delete “NAVER – Seoul studio”\?/);
    await (await byTestId(driver, "confirm-delete-yes")).click();
    await driver.wait(async () => (await driver.findElements(By.css(`[data-account-id="${accountId}"]`))).length === 0, 10000);
    assert.equal(keychainEntry(accountId), null, "the keychain entry is deleted with the account");
    await screenshot(driver, "account-deleted");
  } finally {
    await driver.quit();
  }
});
