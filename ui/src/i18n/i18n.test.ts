import { afterEach, describe, expect, it } from "vitest";
import { setLocale, supportedLocales, t } from "./index";

afterEach(() => { setLocale("en"); });

describe("i18n", () => {
  it("fills placeholders", () => {
    expect(t("form.maxLength", { field: "Name", count: 80 })).toBe("Name must be at most 80 characters.");
  });

  it("has the locales the product targets and falls back to English per key", () => {
    expect(supportedLocales).toEqual(["en", "zh-Hans", "zh-Hant", "ko"]);
    setLocale("zh-TW");
    expect(t("accounts.heading")).toBe("Accounts");
  });
});
