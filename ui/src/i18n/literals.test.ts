// The lint rule that keeps words out of the JSX (eslint.i18n.js) catches what it should, and
// lets through what is not a word for the user.
import { Linter } from "eslint";
import i18next from "eslint-plugin-i18next";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import { noLiteralString } from "../../eslint.i18n.js";

const linter = new Linter({ configType: "flat" });
const config: Linter.Config[] = [
  {
    files: ["**/*.tsx"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { i18next },
    rules: { "i18next/no-literal-string": ["error", noLiteralString] as Linter.RuleEntry },
  },
];

function problems(code: string): number {
  return linter.verify(code, config, { filename: "Screen.tsx" }).length;
}

describe("no literal string in JSX", () => {
  it.each([
    ["text in JSX", `const a = <p>Accounts</p>;`],
    ["a string child", `const a = <p>{"Send anyway"}</p>;`],
    ["a chosen string", `const a = <p>{busy ? "Sending…" : t("ops.send")}</p>;`],
    ["aria-label", `const a = <input aria-label="Search" />;`],
    ["title", `const a = <button title="Undo" />;`],
    ["placeholder", `const a = <input placeholder="push.example.com" />;`],
    ["alt", `const a = <img alt="Logo" />;`],
  ])("fails on %s", (_what, code) => {
    expect(problems(code)).toBe(1);
  });

  it.each([
    ["a message", `const a = <p>{t("accounts.heading")}</p>;`],
    ["a message in an attribute", `const a = <input aria-label={t("history.search")} />;`],
    ["separators and numbers", `const a = <p>{a} · #{b} — 3</p>;`],
    ["technical attributes", `const a = <input type="text" className="x" data-testid="search" autoComplete="off" />;`],
  ])("allows %s", (_what, code) => {
    expect(problems(code)).toBe(0);
  });
});
