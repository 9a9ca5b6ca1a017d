// One language for the window and the engine: choosing another in the menu tells the engine
// first, then asks again for everything the engine wrote that is on screen, keeping the input.
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "../testing/library";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { App } from "../App";
import type { AccountSummary, CallReview, Lang, OperationSummary } from "../bindings";
import { setLocale, t } from "../i18n";

afterEach(async () => {
  cleanup();
  clearMocks();
  localStorage.clear();
  await setLocale("en");
});

const account = {
  id: "acc_n",
  name: "Sandbox – NAVER",
  vendor: "naver",
  vendor_title: "NAVER Cloud Live Station",
  region: "KR",
  endpoint: "http://127.0.0.1:1",
  sandbox: true,
  settings: { vendor: "naver", region_code: "KR", endpoint: null },
  secrets: [],
} as unknown as AccountSummary;

/** What the fake engine writes, per language (only the two used here). */
const words: Partial<Record<Lang, { title: string; label: string; effect: string; summary: string; entry: string; check: string }>> = {
  en: { title: "Switch stream", label: "Channel ID", effect: "The backup stream will go on air.", summary: "The backup stream is on air.", entry: "Main hall", check: "Works." },
  ko: { title: "스트림 전환", label: "채널 ID", effect: "백업 스트림이 송출됩니다.", summary: "백업 스트림이 송출 중입니다.", entry: "메인 홀", check: "정상입니다." },
  ja: { title: "ストリーム切替", label: "チャンネル ID", effect: "バックアップ ストリームが放送されます。", summary: "放送中です。", entry: "メインホール", check: "正常です。" },
};

/** A NAVER engine that speaks the language it was last told; returns the commands it got. */
function engine() {
  let lang: Lang = "en";
  const calls: string[] = [];
  const say = () => words[lang] ?? words.en ?? (() => { throw new Error("no English"); })();
  mockIPC((cmd, args) => {
    calls.push(cmd === "set_language" ? `set_language:${(args as { language: Lang }).language}` : cmd);
    const w = say();
    switch (cmd) {
      case "set_language":
        lang = (args as { language: Lang }).language;
        return null;
      case "first_screen":
        return { info: { language: lang, name: "Livedesk", version: "0", notices: [], benchmark: null }, accounts: [account] };
      case "app_info":
        return { language: lang, name: "Livedesk", version: "0", notices: [], benchmark: null };
      case "list_accounts":
        return [account];
      case "account_forms":
        return [];
      case "list_operations": {
        const op: OperationSummary = {
          id: "naver.switch_stream", vendor: "naver", title: w.title, kind: "write", pickers: [{ field: "channelId", needs: [] }],
          current_keys: null, help: w.title, warning: null, method: "PUT", path: "/channels",
          schema: { type: "object", "x-order": ["channelId"], properties: { channelId: { type: "string", title: w.label, minLength: 1 } }, required: ["channelId"] },
        };
        return [op];
      }
      case "load_draft":
      case "save_draft":
        return null;
      case "field_choices":
        return [{ value: "ls-1", label: w.entry, detail: null }];
      case "check_connection":
        return { outcome: "ok", message: w.check, hint: null, vendor_code: null };
      case "review_call": {
        const review: CallReview = { operation: "naver.switch_stream", method: "PUT", url: "http://x", headers: [], body: null, signing: "", curl: "curl", warning: null,
          facts: { target: [], effects: [w.effect], refusals: [], cleared: [] } };
        return review;
      }
      case "send_call":
        return { operation: "naver.switch_stream", status: 200, request_id: null, summary: [w.summary], raw: {}, cleared: [] };
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });
  return calls;
}

function choose(lang: Lang) {
  fireEvent.change(screen.getByTestId("language-menu"), { target: { value: lang } });
}

describe("choosing another language", () => {
  it("tells the engine, then shows its form, review and lists in that language, keeping the input", async () => {
    const calls = engine();
    render(<App />);
    fireEvent.click(await screen.findByTestId("change-settings"));
    expect((await screen.findByRole("heading", { level: 2, name: "Switch stream" }))).toBeTruthy();
    const input = await screen.findByRole("textbox", { name: /Channel ID/ });
    fireEvent.change(input, { target: { value: "ls-1" } });
    fireEvent.click(screen.getByTestId("pick-channelId"));
    expect((await screen.findByRole("option", { name: "Main hall" }))).toBeTruthy();
    fireEvent.click(screen.getByTestId("op-review"));
    expect((await screen.findByTestId("review-effects")).textContent).toBe("The backup stream will go on air.");

    const before = calls.length;
    choose("ko");
    await screen.findByRole("heading", { level: 2, name: "스트림 전환" });
    await screen.findByRole("option", { name: "메인 홀" });
    await waitFor(() => { expect(screen.getByTestId("review-effects").textContent).toBe("백업 스트림이 송출됩니다."); });
    // The engine was told before anything was asked again.
    const after = calls.slice(before);
    expect(after[0]).toBe("set_language:ko");
    expect(after).toEqual(expect.arrayContaining(["list_operations", "field_choices", "review_call", "app_info"]));
    // The input survived, now under the field's label in Korean.
    expect(screen.getByRole<HTMLInputElement>("textbox", { name: /채널 ID/ }).value).toBe("ls-1");
    expect(screen.getByTestId("op-review").textContent).toBe("검토");
  });

  it("takes a send's answer off screen with a note, as it cannot be asked for again", async () => {
    const calls = engine();
    render(<App />);
    fireEvent.click(await screen.findByTestId("change-settings"));
    fireEvent.change(await screen.findByRole("textbox", { name: /Channel ID/ }), { target: { value: "ls-1" } });
    fireEvent.click(screen.getByTestId("op-review"));
    await screen.findByTestId("review-effects");
    await waitFor(() => { expect(screen.getByTestId<HTMLButtonElement>("op-send").disabled).toBe(false); });
    fireEvent.click(screen.getByTestId("op-send"));
    expect((await screen.findByTestId("call-summary")).textContent).toBe("The backup stream is on air.");

    choose("ja");
    const note = await screen.findByTestId("answer-moved");
    expect(note.textContent).toBe(t("ops.answerInHistory"));
    expect(note.textContent).toMatch(/履歴/u);
    expect(screen.queryByTestId("call-summary")).toBeNull();
    expect(screen.queryByTestId("review")).toBeNull();
    // Nothing was sent again.
    expect(calls.filter((c) => c === "send_call")).toHaveLength(1);
    // The form is asked for again in Japanese; what was typed stays.
    expect((await screen.findByRole<HTMLInputElement>("textbox", { name: /チャンネル ID/ })).value).toBe("ls-1");
  });

  it("checks a connection on screen again in the new language", async () => {
    engine();
    render(<App />);
    fireEvent.click(await screen.findByRole("button", { name: t("check.button") }));
    await screen.findByText("Works.");
    choose("ko");
    await screen.findByText("정상입니다.");
  });
});
