// Is a text the engine wrote in the language the window speaks? A generic check for sentences
// whose exact words the test cannot know (review effects, answers' summaries, explanations):
// what is left once ids, names, addresses, numbers, vendor codes and the allow-list are taken
// out must have no run of three English words (outside English), and must be written in the
// language's script (Hangul for Korean, kana for Japanese, Han characters for Chinese).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Texts that stay as in English in every language: i18n/allow-identical.txt, and the products'
 *  and vendors' own names (longest first, so a full name goes before a part of it). */
export const allowed = [
  ...readFileSync(join(root, "i18n", "allow-identical.txt"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#")),
  "Huawei Cloud Live", "Huawei Cloud", "NAVER Cloud Live Station", "NAVER Cloud Platform", "NAVER Cloud", "Live Station",
  "BlendVision One", "BlendVision", "Alibaba Cloud ApsaraVideo Live", "ApsaraVideo Live", "Alibaba Cloud", "Livedesk",
].sort((a, b) => b.length - a.length);

const scripts = {
  ko: { name: "Hangul", re: /[\uAC00-\uD7AF]/u },
  ja: { name: "kana", re: /[\u3040-\u30FF]/u },
  "zh-Hans": { name: "Han characters", re: /[\u4E00-\u9FFF]/u },
  "zh-Hant": { name: "Han characters", re: /[\u4E00-\u9FFF]/u },
};
const cjk = /[\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]/u;

/** The text with what is the same in every language taken out (`names`: more to take out, such
 *  as the account's name). */
export function stripUniversal(text, names = []) {
  let rest = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(" ");
  for (const name of allowed) rest = rest.split(name).join(" ");
  return rest
    .replace(/\bhttps?:\/\/\S+/gu, " ") // addresses
    .replace(/[\w.-]+\.(?:com|net|org|io|cn|jp|kr)\b\S*/gu, " ") // host names
    .replace(/[“"'‘「『][^”"'’」』]*[”"'’」』]/gu, " ") // what the producer or the vendor wrote, quoted
    .replace(/\b[\w-]*\d[\w-]*\b/gu, " ") // ids and numbers (ls-20250814123456-zTwK2, 1080, v2)
    .replace(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\b/gu, " "); // codes and vendor values (PUBLISHING, ID, KR)
}

/** The first run of three or more English words in a text, or null. */
export function englishRun(text) {
  const m = /\b[A-Za-z][A-Za-z’']*(?:[ \t\u00A0]+[A-Za-z][A-Za-z’']*){2,}\b/u.exec(text);
  return m === null ? null : m[0];
}

/** Why `text` is not in `lang`, or null when it is. */
export function languageProblem(text, lang, names = []) {
  if (text.trim() === "") return "the text is empty";
  const rest = stripUniversal(text, names);
  if (lang === "en") {
    return cjk.test(rest) ? "it has Chinese, Japanese or Korean characters" : null;
  }
  const run = englishRun(rest);
  if (run !== null) return `it has English words: “${run}”`;
  const script = scripts[lang];
  if (script === undefined) throw new Error(`unknown language ${lang}`);
  return script.re.test(rest) ? null : `it has no ${script.name}`;
}

/** Fails unless `text` is in `lang` (see languageProblem); `where` names it in the message. */
export function assertLanguage(text, lang, { where = "text", names = [] } = {}) {
  const problem = languageProblem(text, lang, names);
  if (problem !== null) throw new Error(`${where} is not in ${lang}: ${problem}\n---\n${text}\n---`);
}
