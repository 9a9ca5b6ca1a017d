import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { App } from "./App";

afterEach(() => {
  cleanup();
  clearMocks();
});

describe("home screen", () => {
  it("shows the product name and an empty Accounts list", async () => {
    mockIPC((cmd) => {
      if (cmd === "app_info") return { name: "Livedesk", version: "0.1.0" };
      if (cmd === "list_accounts") return [];
      throw new Error(`unexpected command ${cmd}`);
    });
    render(<App />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Livedesk");
    expect((await screen.findByTestId("accounts-empty")).textContent).toContain("No accounts yet");
  });

  it("lists accounts with their vendor and a practice label", async () => {
    mockIPC((cmd) => {
      if (cmd === "app_info") return { name: "Livedesk", version: "0.1.0" };
      return [
        { id: "a1", name: "Huawei – Taipei studio", vendor: "huawei", region: "ap-southeast-1", sandbox: false },
        { id: "a2", name: "Sandbox NAVER", vendor: "naver", region: "KR", sandbox: true },
      ];
    });
    render(<App />);
    const rows = await screen.findAllByTestId("account-row");
    expect(rows.map((row) => row.textContent)).toEqual([
      "Huawei Cloud LiveHuawei – Taipei studioap-southeast-1",
      "NAVER Cloud Live StationSandbox NAVERKRPractice",
    ]);
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
