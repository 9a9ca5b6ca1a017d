// What a producer reads must be plain words: no operation id (`naver.switch_stream`), no
// Livedesk error code (`vendor.not_found`) and no vendor wire value (`SECURITY_PRIVACY_TYPE_TOKEN`,
// `COMMAND_RECORD`) in the visible text of a screen. The content of a closed "technical
// details" element (`<details>` not open: only its summary line shows) is left out.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const bindings = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../ui/src/bindings.ts"), "utf8");

/** Every Livedesk error code, from the generated `ErrorCode` union. */
export const errorCodes = (() => {
  const line = bindings.split("\n").find((l) => l.startsWith("export type ErrorCode ="));
  if (line === undefined) throw new Error("ErrorCode not found in ui/src/bindings.ts");
  return [...line.matchAll(/"([a-z_]+\.[a-z_]+)"/g)].map((m) => m[1]);
})();

const vendors = ["huawei", "naver", "blendvision", "alibaba"];
// Not a host name: `api.blendvision.com`, `*.aliyuncs.com` are addresses a producer types.
const operationId = new RegExp(`(?<![.\\w*-])\\b(?:${vendors.join("|")})\\.(?!(?:com|net|org|io|cn|jp|kr)\\b)[a-z_]+\\b`, "g");
// Vendor enums on the wire: SCREAMING_SNAKE of three parts or more (SECURITY_PRIVACY_TYPE_TOKEN,
// WATERMARK_POSITION_CUSTOM) and the Huawei commands (COMMAND_RECORD).
const wireEnum = /\b(?:COMMAND_[A-Z_]+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,})\b/g;

/** The text a producer sees now: visible elements, closed details reduced to their summary. */
export async function visibleText(driver) {
  return driver.executeScript(`
    const skip = (el) => {
      for (let node = el; node !== null && node !== document.body; node = node.parentElement) {
        if (node.tagName === "DETAILS" && !node.open && !node.contains(el.closest("summary"))) return true;
        if (node.tagName === "SCRIPT" || node.tagName === "STYLE" || node.hidden) return true;
        const style = getComputedStyle(node);
        if (style.display === "none" || style.visibility === "hidden") return true;
      }
      return false;
    };
    const parts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent !== null && n.textContent.trim() !== "" && !skip(parent)) parts.push(n.textContent.trim());
    }
    // What fields show as their value (select labels, buttons) is text too; typed values are not.
    for (const s of document.querySelectorAll("select")) if (!skip(s) && s.selectedIndex >= 0) parts.push(s.options[s.selectedIndex].text);
    return parts.join("\\n");
  `);
}

/** The jargon found in a text: [{ kind, text }]. */
export function jargonIn(text) {
  const found = [];
  for (const m of text.matchAll(operationId)) found.push({ kind: "operation id", text: m[0] });
  for (const code of errorCodes) {
    const re = new RegExp(`(?<![\\w.])${code.replace(".", "\\.")}(?![\\w.])`);
    if (re.test(text)) found.push({ kind: "error code", text: code });
  }
  for (const m of text.matchAll(wireEnum)) found.push({ kind: "wire value", text: m[0] });
  return found;
}

/** Fails when the screen shows an operation id, an error code or a wire value outside
 *  closed technical details; `where` names the screen in the message. */
export async function assertPlainText(driver, where) {
  const text = await visibleText(driver);
  const found = jargonIn(text);
  if (found.length > 0) {
    const list = found.map((f) => `${f.kind} “${f.text}”`).join(", ");
    throw new Error(`${where}: the screen shows ${list}`);
  }
  return text;
}
