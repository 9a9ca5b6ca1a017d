// The window's own defences: the CSP refuses remote scripts and eval, and the capability
// refuses any command that is not Livedesk's own (issue 8).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { byTestId, openApp, startDriver } from "./harness.js";

let driverInfo;
let driver;

before(async () => {
  driverInfo = await startDriver();
  driver = await openApp(driverInfo);
  await byTestId(driver, "accounts-list");
});

after(async () => {
  await driver?.quit();
  await driverInfo?.stop();
});

test("a script from elsewhere and eval are refused by the Content-Security-Policy", async () => {
  const outcome = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const seen = [];
    document.addEventListener("securitypolicyviolation", (e) => seen.push(e.blockedURI + " " + e.violatedDirective));
    let evalRefused = false;
    try { window["ev" + "al"]("1 + 1"); } catch (e) { evalRefused = true; }
    const s = document.createElement("script");
    s.src = "http://127.0.0.1:9/not-livedesk.js";
    let loaded = false;
    s.onload = () => { loaded = true; };
    document.head.appendChild(s);
    setTimeout(() => done({ seen, evalRefused, loaded }), 1000);
  `);
  assert.equal(outcome.loaded, false);
  assert.equal(outcome.evalRefused, true);
  assert.ok(outcome.seen.some((v) => v.includes("127.0.0.1:9")), JSON.stringify(outcome.seen));
});

test("a command outside Livedesk's own list is refused; one of its own works", async () => {
  const outcome = await driver.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const invoke = window.__TAURI_INTERNALS__.invoke;
    Promise.allSettled([
      invoke("plugin:window|set_title", { label: "main", value: "pwned" }),
      invoke("app_info"),
    ]).then((r) => done(r.map((x) => x.status + " " + JSON.stringify(x.reason ?? x.value))));
  `);
  assert.match(outcome[0], /^rejected .*not allowed/i, outcome[0]);
  assert.match(outcome[1], /^fulfilled .*Livedesk/, outcome[1]);
  assert.equal(await driver.getTitle(), "Livedesk");
});
