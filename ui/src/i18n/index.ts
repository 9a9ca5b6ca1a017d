// Every user-facing string of the UI goes through `t`. English is complete; the other locales
// may be partial and fall back to English key by key.
import { en, type MessageKey } from "./en";

export type { MessageKey };
type Catalog = Partial<Record<MessageKey, string>>;

// Locales ready for translation: add keys to these as translations arrive.
const catalogs: Record<string, Catalog> = {
  en,
  "zh-Hans": {},
  "zh-Hant": {},
  ko: {},
};

export const supportedLocales = Object.keys(catalogs);

function pickLocale(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith("zh")) {
      return /hant|tw|hk|mo/u.test(lower) ? "zh-Hant" : "zh-Hans";
    }
    const base = lower.split("-")[0] ?? "";
    if (base in catalogs) return base;
  }
  return "en";
}

let active: Catalog = catalogs[pickLocale(typeof navigator === "undefined" ? [] : navigator.languages)] ?? en;

export function setLocale(locale: string) {
  active = catalogs[pickLocale([locale])] ?? en;
}

/** The message for `key` in the active locale, with `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = active[key] ?? en[key];
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}
