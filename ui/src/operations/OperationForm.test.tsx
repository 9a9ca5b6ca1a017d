import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "../testing/library";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { OperationForm } from "./OperationForm";
import type { AccountSummary, CallResult, CallReview, OperationSummary } from "../bindings";

afterEach(() => {
  cleanup();
  clearMocks();
});

const account: AccountSummary = {
  id: "acc_1",
  name: "Huawei – practice",
  vendor: "huawei",
  vendor_title: "Huawei Cloud Live",
  region: "cn-north-4",
  endpoint: "http://127.0.0.1:1",
  sandbox: true,
  settings: { vendor: "huawei", region: "cn-north-4", project_id: "p", endpoint: null },
  secrets: [],
};
const operation: OperationSummary = {
  id: "huawei.stream_backup",
  vendor: "huawei",
  title: "Stream backup",
  kind: "write",
  pickers: [],
  current_keys: null,
  help: "Turns stream backup on or off.",
  warning: null,
  method: "PUT",
  path: "/v1/{project_id}/stream/backup",
  schema: {
    type: "object",
    properties: { publish_domain: { type: "string", title: "Ingest domain", minLength: 1 } },
    required: ["publish_domain"],
  },
};
const review: CallReview = {
  operation: operation.id,
  method: "PUT",
  url: "http://127.0.0.1:1/v1/p/stream/backup",
  headers: [],
  body: "{}",
  signing: "Signed with your access key.",
  curl: "curl …",
  warning: null,
  facts: { target: [], effects: [], refusals: [], cleared: [] },
};
const answer: CallResult = { operation: operation.id, status: 200, request_id: "r-1", summary: ["Stream backup is on."], raw: {}, cleared: [] };

/** Mocks the engine; `send_call` answers after `sendMs` and is counted. */
function engine(sendMs: number) {
  const sent = { count: 0 };
  mockIPC((cmd) => {
    if (cmd === "load_draft") return { publish_domain: "push.example.com" };
    if (cmd === "save_draft") return null;
    if (cmd === "review_call") return review;
    if (cmd === "send_call") {
      sent.count += 1;
      return new Promise((resolve) => setTimeout(() => { resolve(answer); }, sendMs));
    }
    throw new Error(`unexpected command ${cmd}`);
  });
  return sent;
}

async function reviewed(): Promise<HTMLButtonElement> {
  render(<OperationForm account={account} operation={operation} />);
  fireEvent.click(await screen.findByTestId("op-review"));
  await screen.findByTestId("review");
  return screen.getByTestId<HTMLButtonElement>("op-send");
}

/** Every text the Send button showed, in order. */
function watchLabels(button: HTMLButtonElement): string[] {
  const seen = [button.textContent];
  new MutationObserver(() => { if (seen.at(-1) !== button.textContent) seen.push(button.textContent); })
    .observe(button, { childList: true, characterData: true, subtree: true });
  return seen;
}

describe("sending a change", () => {
  it("a fast answer is shown without a flash of the waiting state", async () => {
    const sent = engine(5);
    const send = await reviewed();
    const labels = watchLabels(send);
    fireEvent.click(send);
    expect((await screen.findByTestId("call-summary")).textContent).toContain("Stream backup is on.");
    expect(sent.count).toBe(1);
    expect(labels).not.toContain("Sending…");
  });

  it("a slow call says it is waiting, and a second click meanwhile sends nothing", async () => {
    const sent = engine(600);
    const send = await reviewed();
    fireEvent.click(send);
    fireEvent.click(send);
    await waitFor(() => { expect(send.textContent).toBe("Sending…"); });
    expect(send.disabled).toBe(true);
    fireEvent.click(send);
    expect((await screen.findByTestId("call-summary", {}, { timeout: 3000 })).textContent).toContain("Stream backup is on.");
    expect(sent.count).toBe(1);
    expect(screen.getByTestId<HTMLButtonElement>("op-send").textContent).toBe("Send");
  });
});

describe("drafts", () => {
  it("what was typed is saved before it is reviewed, without waiting for typing to stop", async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === "load_draft") return null;
      if (cmd === "save_draft") return null;
      if (cmd === "review_call") return review;
      throw new Error(`unexpected command ${cmd}`);
    });
    render(<OperationForm account={account} operation={operation} />);
    fireEvent.change(await screen.findByLabelText(/Ingest domain/u), { target: { value: "typed.example.com" } });
    fireEvent.click(screen.getByTestId("op-review"));
    await screen.findByTestId("review");
    const order = calls.map((c) => c.cmd);
    expect(order.indexOf("save_draft")).toBeGreaterThan(-1);
    expect(order.indexOf("save_draft")).toBeLessThan(order.indexOf("review_call"));
    expect(JSON.stringify(calls.find((c) => c.cmd === "save_draft")?.args)).toContain("typed.example.com");
    // Not saved a second time when the timer would have fired.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(order.length).toBe(calls.length);
  });
});
