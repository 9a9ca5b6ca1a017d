// The five languages of the window, and which one to start in.

export const locales = ["en", "zh-Hans", "zh-Hant", "ko", "ja"] as const;
export type Locale = (typeof locales)[number];

/** Each language named in itself, as the language menu shows it. */
export const nativeNames: Record<Locale, string> = {
  en: "English",
  "zh-Hans": "简体中文",
  "zh-Hant": "繁體中文",
  ko: "한국어",
  ja: "日本語",
};

export function isLocale(tag: string | null | undefined): tag is Locale {
  return (locales as readonly (string | null | undefined)[]).includes(tag);
}

/**
 * The first of the system's preferred languages that Livedesk speaks: Chinese of Taiwan, Hong
 * Kong and Macau (or written Hant) is Traditional, other Chinese Simplified; else English.
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const [base, ...rest] = lower.split(/[-_]/u);
    if (base === "zh") {
      return rest.some((part) => ["hant", "tw", "hk", "mo"].includes(part)) ? "zh-Hant" : "zh-Hans";
    }
    if (base === "ko") return "ko";
    if (base === "ja") return "ja";
    if (base === "en") return "en";
  }
  return "en";
}

/** The desktop, for messages whose words differ per system (the keychain's name). */
export function desktopPlatform(userAgent: string): "macos" | "windows" | "linux" {
  if (/Mac OS X|Macintosh/u.test(userAgent)) return "macos";
  if (/Windows/u.test(userAgent)) return "windows";
  return "linux";
}
