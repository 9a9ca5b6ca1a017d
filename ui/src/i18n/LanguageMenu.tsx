import { useId } from "react";
import { isLocale, locales, nativeNames } from "./locales";
import { setLocale, t, useLocale } from "./index";

/** The window's language: switches at once and is remembered for the next start. */
export function LanguageMenu() {
  const locale = useLocale();
  const id = useId();
  return (
    <span className="language-menu">
      <label htmlFor={id}>{t("language.label")}</label>{" "}
      <select
        id={id}
        data-testid="language-menu"
        value={locale}
        onChange={(e) => {
          const next = e.target.value;
          if (isLocale(next)) void setLocale(next, { remember: true });
        }}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>{nativeNames[l]}</option>
        ))}
      </select>
    </span>
  );
}
