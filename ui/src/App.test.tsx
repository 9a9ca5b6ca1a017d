import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "./testing/library";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { App } from "./App";
import type { AccountForm, AccountSummary } from "./bindings";

afterEach(() => {
  cleanup();
  clearMocks();
});

const info = { language: "en" as const, name: "Livedesk", version: "0.1.0", notices: [], benchmark: null };
const naverForm: AccountForm = {
  vendor: "naver",
  title: "NAVER Cloud Live Station",
  schema: {
    properties: {
      name: { type: "string", title: "Account name", minLength: 1 },
      region_code: { type: "string", title: "Region", oneOf: [{ const: "KR", title: "Korea (KR)" }], default: "KR" },
      access_key: { type: "string", title: "Access key ID", writeOnly: true },
      secret_key: { type: "string", title: "Secret key", writeOnly: true },
    },
    required: ["name", "region_code", "access_key", "secret_key"],
    "x-order": ["name", "region_code", "access_key", "secret_key"],
  },
};
const seoul: AccountSummary = {
  id: "acc_1",
  name: "NAVER – Seoul",
  vendor: "naver",
  vendor_title: "NAVER Cloud Live Station",
  region: "KR",
  endpoint: "https://livestation.apigw.ntruss.com",
  sandbox: false,
  settings: { vendor: "naver", region_code: "KR", endpoint: null },
  secrets: [
    { field: "access_key", title: "Access key ID", set: true, last4: null },
    { field: "secret_key", title: "Secret key", set: true, last4: "9f2c" },
  ],
};

describe("home screen", () => {
  it("shows the product name and an empty Accounts list", async () => {
    mockIPC((cmd) => {
      if (cmd === "first_screen") return { info, accounts: [] };
      if (cmd === "account_forms") return [naverForm];
      if (cmd === "list_operations") return [];
      throw new Error(`unexpected command ${cmd}`);
    });
    render(<App />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Livedesk");
    expect((await screen.findByTestId("accounts-empty")).textContent).toContain("No accounts yet");
  });

  it("lists accounts with vendor, practice label and masked secrets only", async () => {
    mockIPC((cmd) => {
      if (cmd === "first_screen") return { info, accounts: [seoul, { ...seoul, id: "acc_2", name: "Sandbox – NAVER", sandbox: true }] };
      if (cmd === "account_forms") return [naverForm];
      if (cmd === "list_operations") return [];
      throw new Error(`unexpected command ${cmd}`);
    });
    render(<App />);
    const rows = await screen.findAllByTestId("account-row");
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toContain("NAVER – Seoul");
    expect(rows[0]?.textContent).toContain("Secret key: …9f2c");
    expect(rows[0]?.textContent).not.toContain("Practice");
    expect(rows[1]?.textContent).toContain("Practice");
  });

  it("shows the engine's verdict on the form next to the field, and adds nothing", async () => {
    const sent: unknown[] = [];
    const problems = [{ field: "secret_key", message: "Secret key is required." }];
    mockIPC((cmd, args) => {
      if (cmd === "first_screen") return { info, accounts: [] };
      if (cmd === "account_forms") return [naverForm];
      if (cmd === "list_operations") return [];
      sent.push({ cmd, args });
      // The engine checks the form (one validator, in Rust) and refuses it, naming the field.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw { code: "input.invalid", message: "Secret key is required.", hint: "Correct the field and save again.", field: "secret_key", problems };
    });
    render(<App />);
    fireEvent.click(await screen.findByTestId("add-account"));
    // The vendors' forms arrive just after the first screen is painted.
    fireEvent.click(await screen.findByText("NAVER Cloud Live Station"));
    fireEvent.change(screen.getByLabelText(/Account name/), { target: { value: "NAVER – Seoul" } });
    fireEvent.change(screen.getByLabelText(/Access key ID/), { target: { value: "AK" } });
    fireEvent.click(screen.getByTestId("account-save"));
    expect((await screen.findByTestId("error-secret_key")).textContent).toBe("Secret key is required.");
    expect(sent).toEqual([{ cmd: "create_account", args: { vendor: "naver", form: { name: "NAVER – Seoul", region_code: "KR", access_key: "AK", secret_key: null } } }]);
    expect(screen.queryByTestId("account-row")).toBeNull();
    // Only the field's own message: no separate error box.
    expect(screen.getAllByRole("alert")).toHaveLength(1);
  });

  it("shows the accounts the app handed over in its first render, then keeps them up to date", async () => {
    const renamed = { ...seoul, name: "NAVER – Seoul (main)" };
    mockIPC((cmd) => {
      if (cmd === "first_screen") return { info, accounts: [renamed] };
      if (cmd === "account_forms") return [naverForm];
      if (cmd === "list_operations") return [];
      throw new Error(`unexpected command ${cmd}`);
    });
    render(<App initial={{ info, accounts: [seoul] }} />);
    // No waiting: the list is there as soon as the page has rendered once.
    expect(screen.getByTestId("account-row").dataset.accountName).toBe("NAVER – Seoul");
    // Asked again after the first paint (the page may have been reloaded since the window opened).
    await waitFor(() => { expect(screen.getByTestId("account-row").dataset.accountName).toBe("NAVER – Seoul (main)"); });
  });

  it("explains a failed call in plain words with a hint", async () => {
    mockIPC(() => {
      // The real IPC layer rejects with the serialised ApiError object.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      throw { code: "keychain.unavailable", message: "The keychain cannot be reached.", hint: "Unlock it." };
    });
    render(<App />);
    const alert = await screen.findByRole("alert");
    expect(alert.getAttribute("data-code")).toBe("keychain.unavailable");
    expect(alert.textContent).toContain("The keychain cannot be reached.");
    expect(alert.textContent).toContain("Unlock it.");
  });
});

describe("benchmark marks", () => {
  function run(benchmark: { workload_calls: number } | null) {
    const marks: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "first_screen") return { info: { ...info, benchmark }, accounts: [seoul] };
      if (cmd === "account_forms") return [naverForm];
      if (cmd === "list_operations") return [];
      if (cmd === "perf_mark") {
        marks.push(args);
        return null;
      }
      throw new Error(`unexpected command ${cmd}`);
    });
    render(<App />);
    return marks;
  }

  it("reports the first screen once the accounts list has painted, in a benchmark run", async () => {
    const marks = run({ workload_calls: 0 });
    await screen.findByTestId("accounts-list");
    const names = () => marks.map((m) => (m as { name: string }).name);
    // First the painted screen, then the start-up moments before it, for the breakdown.
    await waitFor(() => { expect(names()).toContain("data_loaded"); });
    expect(marks[0]).toMatchObject({ name: "first_screen", duration_ms: null });
    expect(names()[1]).toBe("navigation_start");
    const at = (marks[0] as { at_unix_ms: number }).at_unix_ms;
    expect(Math.abs(at - Date.now())).toBeLessThan(5000);
  });

  it("sends no mark in normal use", async () => {
    const marks = run(null);
    await screen.findByTestId("accounts-list");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(marks).toHaveLength(0);
  });
});
