// Writes src/i18n/keys.ts from the English catalog (i18n/en/ui.ftl), so `t("…")` with a key the
// catalog does not have fails typecheck. Run after adding or removing an English message:
//   node scripts/gen-message-keys.mjs
// The catalog check (src/i18n/catalogs.test.ts) fails when keys.ts is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { keysFileFor } from "./message-keys.mjs";

const root = new URL("../../", import.meta.url);
const english = readFileSync(new URL("i18n/en/ui.ftl", root), "utf8");
writeFileSync(fileURLToPath(new URL("ui/src/i18n/keys.ts", root)), keysFileFor(english));
