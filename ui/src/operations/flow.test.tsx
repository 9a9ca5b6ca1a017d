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
  name: "BlendVision – practice",
  vendor: "blendvision",
  vendor_title: "BlendVision One",
  region: null,
  endpoint: "http://127.0.0.1:1",
  sandbox: true,
  settings: { vendor: "blendvision", org_id: "o", endpoint: null },
  secrets: [],
} as unknown as AccountSummary;
const operation: OperationSummary = {
  id: "blendvision.update_live",
  vendor: "blendvision",
  title: "Update a live",
  kind: "write",
  pickers: [{ field: "id", needs: [] }],
  current_keys: ["id"],
  help: "Changes a live.",
  warning: null,
  method: "PUT",
  path: "/lives/{id}",
  schema: {
    type: "object",
    "x-order": ["id", "name", "note"],
    properties: {
      id: { type: "string", title: "Live ID", minLength: 1 },
      name: { type: "string", title: "Name", maxLength: 100 },
      note: { type: "string", title: "Note" },
    },
    required: ["id"],
  },
};
const review: CallReview = { operation: operation.id, method: "PUT", url: "http://x", headers: [], body: "{}", signing: "Signed.", curl: "curl", warning: null,
  facts: { target: [], effects: [], refusals: [], cleared: [] } };
const answer: CallResult = { operation: operation.id, status: 200, request_id: null, summary: ["Updated."], raw: {}, cleared: [] };

/** A vendor with lives whose names change when a change is sent. */
function engine() {
  const lives: Record<string, string> = { L1: "Morning", L2: "Evening" };
  const sent: unknown[] = [];
  /** The vendor's name of the live at each Review. */
  const reviews: string[] = [];
  mockIPC((cmd, args) => {
    const a = args as Record<string, { id?: string; name?: string; note?: string } | undefined>;
    if (cmd === "load_draft" || cmd === "save_draft") return null;
    if (cmd === "field_choices") return [{ value: "L1", label: "Morning", detail: null }, { value: "L2", label: "Evening", detail: null }];
    if (cmd === "load_current") {
      const id = a.key_input?.id ?? "";
      return { input: { id, name: lives[id] ?? "", note: null }, summary: [`Name: ${lives[id] ?? ""}`], notes: [] };
    }
    if (cmd === "review_call") {
      reviews.push(lives[a.input?.id ?? ""] ?? "");
      // The engine's refusal arrives as a plain {code, message, …} object, as Tauri rejects.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if ((a.input?.note ?? "") === "bad") throw { code: "input.invalid", message: "Check the form.", hint: null, problems: [{ field: "note", message: "Note is wrong." }] };
      return review;
    }
    if (cmd === "diff_call") return [];
    if (cmd === "send_call") {
      const input = a.input as { id: string; name: string };
      const loaded = a.loaded as { id: string; name: string } | null;
      if (loaded !== null && loaded.name !== lives[input.id]) {
        // eslint-disable-next-line @typescript-eslint/only-throw-error
        throw { code: "call.changed_since_loaded", message: "Changed elsewhere.", hint: null };
      }
      sent.push(a.input);
      lives[input.id] = input.name;
      return answer;
    }
    throw new Error(`unexpected command ${cmd}`);
  });
  return { sent, lives, reviews };
}

async function loadLive(value: string) {
  fireEvent.click(await screen.findByTestId("pick-id"));
  fireEvent.change(await screen.findByTestId("choices-id"), { target: { value } });
  await waitFor(() => { expect(screen.getByTestId("current-settings").textContent).toContain(value === "L1" ? "Morning" : "Evening"); });
}

describe("fresh state", () => {
  it("picking another live reloads what is current", async () => {
    engine();
    render(<OperationForm account={account} operation={operation} />);
    await loadLive("L1");
    expect(screen.getByLabelText<HTMLInputElement>("Name").value).toBe("Morning");
    fireEvent.change(screen.getByTestId("choices-id"), { target: { value: "L2" } });
    await waitFor(() => { expect(screen.getByLabelText<HTMLInputElement>("Name").value).toBe("Evening"); });
    expect(screen.getByTestId("current-settings").textContent).not.toContain("Morning");
  });

  it("after a send the form and the current box show the new state, and Send stays off until something changes", async () => {
    const { sent } = engine();
    render(<OperationForm account={account} operation={operation} />);
    await loadLive("L1");
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Morning, take 2" } });
    fireEvent.click(screen.getByTestId("op-review"));
    await screen.findByTestId("review");
    fireEvent.click(screen.getByTestId<HTMLButtonElement>("op-send"));
    await screen.findByTestId("call-summary");
    await waitFor(() => { expect(screen.getByTestId("current-settings").textContent).toContain("Name: Morning, take 2"); });
    expect(screen.getByTestId<HTMLButtonElement>("op-send").disabled).toBe(true);
    fireEvent.click(screen.getByTestId("op-send"));
    expect(sent).toHaveLength(1);
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Morning, take 3" } });
    fireEvent.click(screen.getByTestId("op-review"));
    await screen.findByTestId("review");
    expect(screen.getByTestId<HTMLButtonElement>("op-send").disabled).toBe(false);
  });
});

describe("changed elsewhere since loaded", () => {
  it("a Send over a change made elsewhere is held with a warning, and Send anyway overwrites it", async () => {
    const { sent, lives, reviews } = engine();
    render(<OperationForm account={account} operation={operation} />);
    await loadLive("L1");
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Mine" } });
    fireEvent.click(screen.getByTestId("op-review"));
    await screen.findByTestId("review");
    lives.L1 = "Renamed elsewhere";
    fireEvent.click(screen.getByTestId<HTMLButtonElement>("op-send"));
    await screen.findByTestId("stale-warning");
    expect(sent).toHaveLength(0);
    // Reviewed again from what is there now; the changes against the old settings are gone.
    await waitFor(() => { expect(reviews.at(-1)).toBe("Renamed elsewhere"); });
    expect(screen.queryByTestId("diff")).toBeNull();
    expect(screen.queryByTestId("call-summary")).toBeNull();
    expect(screen.queryByTestId("call-error")).toBeNull();
    fireEvent.click(screen.getByTestId("send-anyway"));
    await screen.findByTestId("call-summary");
    expect(sent).toHaveLength(1);
    expect(lives.L1).toBe("Mine");
    expect(screen.queryByTestId("stale-warning")).toBeNull();
  });
});

describe("errors where the eye is", () => {
  it("a refused Review focuses the field, sums it up beside the buttons, and the error goes once fixed", async () => {
    engine();
    render(<OperationForm account={account} operation={operation} />);
    await loadLive("L1");
    fireEvent.change(screen.getByLabelText("Note"), { target: { value: "bad" } });
    fireEvent.click(screen.getByTestId("op-review"));
    expect((await screen.findByTestId("error-summary")).textContent).toContain("1 field needs attention");
    await waitFor(() => { expect(document.activeElement).toBe(screen.getByLabelText("Note")); });
    fireEvent.change(screen.getByLabelText("Note"), { target: { value: "good" } });
    await waitFor(() => { expect(screen.queryByTestId("error-note")).toBeNull(); }, { timeout: 2000 });
    expect(screen.queryByTestId("error-summary")).toBeNull();
  });
});
