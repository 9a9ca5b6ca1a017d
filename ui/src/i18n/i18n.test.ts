import { afterEach, describe, expect, it } from "vitest";
import { currentLocale, locales, pickLocale, setLocale, startLocale, t } from "./index";
import { desktopPlatform } from "./locales";

afterEach(async () => {
  localStorage.clear();
  await setLocale("en");
});

describe("t", () => {
  it("fills placeholders and picks the English plural form", () => {
    expect(t("common.addEntry", { item: "Domain" })).toBe("Add Domain");
    expect(t("form.atMostChars", { count: 1 })).toBe("1 character at most.");
    expect(t("form.atMostChars", { count: 80 })).toBe("80 characters at most.");
    expect(t("history.removed", { count: 1 })).toBe("1 older call removed.");
    expect(t("history.removed", { count: 3 })).toBe("3 older calls removed.");
  });

  it("formats numbers with the language's conventions", () => {
    expect(t("history.removed", { count: 12000 })).toBe("12,000 older calls removed.");
  });

  it("switches language at once and sets <html lang>", async () => {
    await setLocale("ko");
    expect(currentLocale()).toBe("ko");
    expect(document.documentElement.lang).toBe("ko");
    expect(t("accounts.heading")).toBe("계정");
    expect(t("history.removed", { count: 1 })).toBe("오래된 호출 1개를 제거했습니다.");
  });

  it("names the keychain as the desktop does", async () => {
    await setLocale("zh-Hans");
    expect(t("accounts.secretNote")).toContain("密钥环");
    expect(desktopPlatform("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)")).toBe("macos");
    expect(desktopPlatform("Mozilla/5.0 (Windows NT 10.0; Win64; x64)")).toBe("windows");
    expect(desktopPlatform("Mozilla/5.0 (X11; Linux x86_64)")).toBe("linux");
  });
});

describe("the first language", () => {
  it("follows the system: Traditional for Taiwan, Hong Kong, Macau and Hant, else Simplified", () => {
    expect(pickLocale(["zh-TW"])).toBe("zh-Hant");
    expect(pickLocale(["zh-HK", "en"])).toBe("zh-Hant");
    expect(pickLocale(["zh-MO"])).toBe("zh-Hant");
    expect(pickLocale(["zh-Hant-CN"])).toBe("zh-Hant");
    expect(pickLocale(["zh-CN"])).toBe("zh-Hans");
    expect(pickLocale(["zh-SG"])).toBe("zh-Hans");
    expect(pickLocale(["zh"])).toBe("zh-Hans");
    expect(pickLocale(["ko-KR"])).toBe("ko");
    expect(pickLocale(["ja-JP"])).toBe("ja");
    expect(pickLocale(["fr-FR", "ja"])).toBe("ja");
    expect(pickLocale(["fr-FR", "de"])).toBe("en");
    expect(pickLocale([])).toBe("en");
  });

  it("is the one chosen in the menu before, over the system's", async () => {
    expect(startLocale()).toBe(pickLocale(navigator.languages));
    await setLocale("ja", { remember: true });
    expect(startLocale()).toBe("ja");
    await setLocale("en");
    expect(startLocale()).toBe("ja");
  });

  it("is the engine's (saved, or the system's as it read it) when the menu was never used", async () => {
    expect(startLocale("zh-Hant")).toBe("zh-Hant");
    expect(startLocale(undefined)).toBe(pickLocale(navigator.languages));
    await setLocale("ko", { remember: true });
    expect(startLocale("zh-Hant")).toBe("ko");
  });

  it("offers the five languages", () => {
    expect(locales).toEqual(["en", "zh-Hans", "zh-Hant", "ko", "ja"]);
  });
});
