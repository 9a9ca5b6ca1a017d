import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "../testing/library";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { AccountEditor } from "./AccountEditor";
import type { AccountForm, AccountSummary, ApiError } from "../bindings";

afterEach(() => {
  cleanup();
  clearMocks();
});

const form: AccountForm = {
  vendor: "naver",
  title: "NAVER Cloud Live Station",
  schema: {
    type: "object",
    properties: {
      name: { type: "string", title: "Account name" },
      endpoint: { type: ["string", "null"], title: "Custom endpoint" },
      access_key: { type: "string", title: "Access key ID", writeOnly: true },
    },
    "x-order": ["name", "endpoint", "access_key"],
  },
};
const account: AccountSummary = {
  id: "acc_1",
  name: "NAVER – studio",
  vendor: "naver",
  vendor_title: "NAVER Cloud Live Station",
  region: "KR",
  endpoint: "http://127.0.0.1:4100",
  sandbox: false,
  settings: { vendor: "naver", region_code: "KR", endpoint: "http://127.0.0.1:4100" },
  secrets: [{ field: "access_key", title: "Access key ID", set: true, last4: "0001" }],
};
const askedAgain: ApiError = {
  code: "input.invalid",
  message: "Access key ID: enter it again.",
  hint: null,
  field: "access_key",
  problems: [{ field: "access_key", message: "Access key ID: enter it again. The account's keys were entered for 127.0.0.1:4100." }],
};

describe("AccountEditor", () => {
  it("warns when the address changes and shows why the engine asks for the keys again", async () => {
    mockIPC((cmd) => {
      // The real IPC layer rejects with the serialised ApiError object.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (cmd === "update_account") throw askedAgain;
      throw new Error(`unexpected command ${cmd}`);
    });
    render(<AccountEditor form={form} account={account} onSaved={() => undefined} onCancel={() => undefined} />);
    expect(screen.queryByTestId("account-moved-note")).toBeNull();
    fireEvent.change(document.getElementById("account-endpoint") as HTMLInputElement, { target: { value: "http://127.0.0.1:4200" } });
    expect(screen.getByTestId("account-moved-note").textContent).toMatch(/sends keys only where they were entered/);
    fireEvent.click(screen.getByTestId("account-save"));
    await waitFor(() => {
      expect(screen.getByTestId("error-access_key").textContent).toMatch(/enter it again.*127\.0\.0\.1:4100/);
    });
  });
});
