import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import i18next from "eslint-plugin-i18next";
import { noLiteralString } from "./eslint.i18n.js";

export default tseslint.config(
  { ignores: ["dist", "src/bindings.ts"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "react-hooks": reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every word a user reads comes from the catalogs (i18n/<lang>/ui.ftl) through `t`: text in
      // JSX and the attributes that are read out or shown (issue #18).
      "i18next/no-literal-string": ["error", noLiteralString],
    },
  },
  {
    // Tests render the UI with made-up data, and the rule's own tests hold literals on purpose.
    files: ["**/*.test.{ts,tsx}"],
    rules: { "i18next/no-literal-string": "off" },
  },
);
