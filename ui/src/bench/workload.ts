// What the benchmark's workload run does in the real window, as a producer would: open every
// form of every practice account, then press Send many times, timing each until its answer
// has painted. Loaded only in a benchmark run (a separate chunk, never in normal use).
import { commands, type AccountSummary } from "../bindings";
import { afterPaint, mark, nowUnixMs } from "./marks";

/** A change the sandbox accepts every time (switching stream backup on again is idempotent). */
const SEND_OPERATION = "huawei.stream_backup";
const SEND_INPUT = { publish_domain: "push.sandbox-live.example.com", stream_backup_enable: true };
const TIMEOUT_MS = 30_000;

function waitFor<T>(find: () => T | null | undefined, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const found = find();
    if (found !== null && found !== undefined) {
      resolve(found);
      return;
    }
    const observer = new MutationObserver(() => {
      const now = find();
      if (now !== null && now !== undefined) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(now);
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`timed out waiting for ${what}`));
    }, TIMEOUT_MS);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

function testId(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
}

async function openAccount(account: AccountSummary): Promise<void> {
  testId("back-to-accounts")?.click();
  const row = await waitFor(() => document.querySelector(`[data-testid="account-row"][data-account-id="${account.id}"]`), "the account row");
  row.querySelector<HTMLElement>('[data-testid="change-settings"]')?.click();
  await waitFor(() => testId("operations-screen"), "the operations screen");
}

/** Click → the operation's form is on screen and painted (its draft loaded). */
async function openForm(operation: string): Promise<number> {
  const button = await waitFor(() => document.querySelector<HTMLElement>(`.op-picker [data-op="${operation}"]`), `the ${operation} button`);
  const start = nowUnixMs();
  button.click();
  await waitFor(() => document.querySelector(`[data-testid="operation-form"][data-operation="${operation}"]`), `the ${operation} form`);
  const painted = await afterPaint();
  await mark(`form:${operation}`, painted, painted - start);
  return painted - start;
}

async function everyForm(accounts: AccountSummary[]): Promise<void> {
  for (const account of accounts) {
    await openAccount(account);
    const operations = [...document.querySelectorAll<HTMLElement>(".op-picker [data-op]")].map((b) => b.dataset.op ?? "");
    for (const operation of operations) await openForm(operation);
  }
}

async function sendRepeatedly(account: AccountSummary, calls: number): Promise<void> {
  await commands.saveDraft(account.id, SEND_OPERATION, SEND_INPUT);
  await openAccount(account);
  await openForm(SEND_OPERATION);
  testId("op-review")?.click();
  await waitFor(() => testId("review"), "the review");
  // The benchmark reads the sandbox's counters now: give it a moment before the first send.
  await mark("sends_start", nowUnixMs());
  await new Promise((resolve) => setTimeout(resolve, 1500));
  let previous: HTMLElement | null = null;
  for (let i = 0; i < calls; i++) {
    // After a send the form reloads the vendor's state and Send stays off until something
    // changes, as for a producer: switch the setting, review, then send (only Send is timed).
    if (i > 0) await changeAndReview(i);
    const send = await waitFor(() => testId("op-send") as HTMLButtonElement | null, "the Send button");
    // Pressed as a person would, on a painted review and a moment later (a person takes far
    // longer): pressed in the frame the review paints, the time held the app finishing that
    // screen too (README › Benchmarks).
    await afterPaint();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const start = nowUnixMs();
    send.click();
    const shown = await waitFor<HTMLElement>(() => {
      const failed = testId("call-error");
      if (failed !== null) throw new Error(`call ${String(i + 1)} failed: ${failed.textContent}`);
      const stale = testId("stale-warning");
      if (stale !== null) throw new Error(`call ${String(i + 1)} held back: ${stale.textContent}`);
      const result = testId("call-result");
      // A change between sends removes the last answer: a new one is a new element.
      return result !== null && result !== previous ? result : null;
    }, `answer ${String(i + 1)}`).catch((e: unknown) => {
      const b = testId("op-send") as HTMLButtonElement | null;
      throw new Error(`${String(e)} [send ${b === null ? "absent" : b.disabled ? "disabled" : "enabled"} "${b?.textContent ?? ""}", review ${testId("review") === null ? "absent" : "shown"}, result ${testId("call-result") === null ? "absent" : testId("call-result") === previous ? "old" : "new"}, sent-note ${testId("sent-note") === null ? "absent" : "shown"}]`);
    });
    const inDocument = nowUnixMs();
    const received = performance.getEntriesByName("livedesk:answer-received").pop();
    performance.clearMarks("livedesk:answer-received");
    previous = shown;
    const painted = await afterPaint();
    // The answer is in the page when React has committed it; on screen at the next frame the
    // display shows (up to 16.7 ms at 60 Hz, the same for any page).
    await mark("send", inDocument, inDocument - start);
    await mark("send_painted", painted, painted - start);
    if (received !== undefined) {
      const at = performance.timeOrigin + received.startTime;
      await mark("send_answered", at, at - start);
    }
  }
}

/** The next change: the state read after the last send, the setting switched, reviewed. */
async function changeAndReview(i: number): Promise<void> {
  await waitFor(() => testId("current-refreshed"), `the settings read again after send ${String(i)}`);
  const box = await waitFor(() => document.querySelector<HTMLInputElement>('[data-field="stream_backup_enable"] input[type="checkbox"]'), "the stream backup switch");
  box.click();
  await waitFor(() => (testId("current-refreshed") === null ? true : null), "the form to take the change");
  testId("op-review")?.click();
  await waitFor(() => {
    const send = testId("op-send") as HTMLButtonElement | null;
    return testId("review") !== null && send !== null && !send.disabled ? send : null;
  }, `review ${String(i + 1)}`);
}

/** Where Send's time goes: a bare IPC round trip, and the engine's send without the page. */
async function withoutThePage(account: AccountSummary): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const start = nowUnixMs();
    await commands.appInfo();
    const end = nowUnixMs();
    await mark("ipc_round_trip", end, end - start);
  }
  for (let i = 0; i < 50; i++) {
    const start = nowUnixMs();
    await commands.sendCall(account.id, SEND_OPERATION, SEND_INPUT, null, null);
    const end = nowUnixMs();
    await mark("send_without_page", end, end - start);
  }
}

export async function runWorkload(calls: number): Promise<void> {
  try {
    const practice = (await commands.listAccounts()).filter((a) => a.sandbox);
    await everyForm(practice);
    const huawei = practice.find((a) => a.vendor === "huawei");
    if (huawei === undefined) throw new Error("no Huawei practice account");
    await sendRepeatedly(huawei, calls);
    await withoutThePage(huawei);
    testId("back-to-accounts")?.click();
    await mark("workload_done", await afterPaint());
  } catch (reason: unknown) {
    await mark(`workload_failed: ${String(reason)}`, nowUnixMs());
  }
}
