// The rule that keeps user-facing words out of the code (issue #18): text in JSX, and the JSX
// attributes that are shown or read out, must come from the catalogs (i18n/<lang>/ui.ftl)
// through `t`. Shared by eslint.config.js and its test (src/i18n/literals.test.ts).
export const noLiteralString = {
  mode: "jsx-only",
  "jsx-attributes": {
    include: ["aria-label", "aria-description", "aria-placeholder", "aria-roledescription", "title", "placeholder", "alt", "label"],
    exclude: [".*"],
  },
  words: {
    // Punctuation, numbers and separators alone (" · #", "—") are not words to translate.
    exclude: ["[0-9!-/:-@[-`{-~\\s·…—–←→]+"],
  },
};
