// The catalog check (issue #18): the five UI catalogs agree with each other, with the code that
// uses them and with the vendor glossaries. Runs in `npm run test`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { keysFileFor } from "../../scripts/message-keys.mjs";
import { locales, type Locale } from "./locales";

const root = join(import.meta.dirname, "../../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

/**
 * Keys used through a lookup table (a generated union mapped to a key) rather than a literal
 * `t("…")`. Each must still be written out in ui/src; the check below makes sure of it.
 */
const DYNAMIC_KEYS = [
  "history.outcomeOk",
  "history.outcomeVendorError",
  "history.outcomeFailed",
  "history.outcomeRejected",
  "history.outcomeSending",
  "history.outcomeUnknown",
  "review.refusal.channelNotPublishing",
  "review.refusal.notRecording",
  "review.refusal.streamNotPushed",
  "review.refusal.tooSoon",
];

type Node = unknown;

/** The `$variables` a message uses, wherever they are (selectors, variants, arguments). */
function variables(node: Node, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const part of node) variables(part, into);
  } else if (node !== null && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (record.type === "var" && typeof record.name === "string") into.add(record.name);
    for (const value of Object.values(record)) variables(value, into);
  }
  return into;
}

type Catalog = { bundle: FluentBundle; source: Map<string, string>; vars: Map<string, Set<string>> };

function catalog(locale: Locale): Catalog {
  const text = read(`i18n/${locale}/ui.ftl`);
  const resource = new FluentResource(text);
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const errors = bundle.addResource(resource);
  expect(errors, `i18n/${locale}/ui.ftl`).toEqual([]);
  const vars = new Map<string, Set<string>>();
  for (const message of resource.body) {
    if (!message.id.startsWith("-")) vars.set(message.id, variables(message.value));
  }
  // Each message's own source text (up to the next id or comment), for the glossary check.
  const source = new Map<string, string>();
  const blocks = text.split(/^(?=[a-zA-Z][\w-]*\s*=)/mu);
  for (const block of blocks) {
    const id = /^([a-zA-Z][\w-]*)\s*=/u.exec(block)?.[1];
    // The words only: no id, comments, `$variable` names or variant keys.
    const words = block.replace(/^#.*$/gmu, "").replace(/^[\w-]+\s*=/u, "").replace(/\$[\w-]+|\*?\[[\w-]+\]|->/gu, " ");
    if (id !== undefined) source.set(id, words);
  }
  return { bundle, source, vars };
}

const catalogs = new Map(locales.map((l) => [l, catalog(l)]));
const english = catalogs.get("en") as Catalog;
const translated = locales.filter((l) => l !== "en");

/** `platform` is supplied by `t` itself: translations may name the keychain per desktop. */
const withoutPlatform = (set: Set<string> | undefined) => [...(set ?? [])].filter((v) => v !== "platform").sort();

function format(c: Catalog, id: string, platform = "linux"): string {
  const value = c.bundle.getMessage(id)?.value;
  if (value == null) return "";
  const args: Record<string, string | number> = { platform };
  for (const name of c.vars.get(id) ?? []) if (name !== "platform") args[name] = name === "count" ? 2 : `{${name}}`;
  return c.bundle.formatPattern(value, args);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(name) && !/\.test\.tsx?$/u.test(name) && name !== "keys.ts" ? [path] : [];
  });
}

describe("UI catalogs", () => {
  it("ui/src/i18n/keys.ts is generated from the English catalog (node scripts/gen-message-keys.mjs)", () => {
    expect(read("ui/src/i18n/keys.ts")).toBe(keysFileFor(read("i18n/en/ui.ftl")));
  });

  it.each(translated)("%s has every English message and no other", (locale) => {
    const ids = [...(catalogs.get(locale)?.vars.keys() ?? [])].sort();
    expect(ids).toEqual([...english.vars.keys()].sort());
  });

  it.each(translated)("%s uses the same placeholders as English in each message", (locale) => {
    const c = catalogs.get(locale) as Catalog;
    for (const id of english.vars.keys()) {
      expect(withoutPlatform(c.vars.get(id)), `${locale} ${id}`).toEqual(withoutPlatform(english.vars.get(id)));
    }
  });

  it.each(translated)("%s translates every message not on i18n/allow-identical.txt", (locale) => {
    const allowed = new Set(read("i18n/allow-identical.txt").split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#")));
    const c = catalogs.get(locale) as Catalog;
    const same = [...english.vars.keys()].filter((id) => {
      const text = format(c, id);
      return text === format(english, id) && !allowed.has(text);
    });
    expect(same).toEqual([]);
  });

  it("has no unused keys: each is used as t(\"…\") in ui/src, or listed as dynamic and written out there", () => {
    const code = sourceFiles(join(root, "ui/src")).map((f) => readFileSync(f, "utf8")).join("\n");
    const used = new Set([...code.matchAll(/\bt\(\s*"([^"]+)"/gu)].map((m) => m[1]));
    const unused = [...english.vars.keys()]
      .map((id) => id.replaceAll("-", "."))
      .filter((key) => !used.has(key) && !DYNAMIC_KEYS.includes(key));
    expect(unused).toEqual([]);
    for (const key of DYNAMIC_KEYS) expect(code, key).toContain(`"${key}"`);
  });
});

type Term = { en: string; term: string; vendor: string; platform?: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

// UI messages are not tied to one vendor (the same screens serve every vendor), so only the
// glossary's `app` entries apply to them; vendor entries are checked on the engine's catalog.
describe.each(translated)("%s follows its glossary (app terms)", (locale) => {
  const terms = (parseToml(read(`i18n/glossary/${locale}.toml`)) as { term: Term[] }).term
    .filter((entry) => entry.vendor === "app")
    .sort((a, b) => b.en.length - a.en.length);
  const c = catalogs.get(locale) as Catalog;

  it("uses each term wherever the English message has its source word", () => {
    const missing: string[] = [];
    for (const [id, englishSource] of english.source) {
      let rest = englishSource;
      const found = new Map<string, Term[]>();
      for (const entry of terms) {
        const word = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(entry.en)}(?![\\p{L}\\p{N}])`, "giu");
        if (!word.test(rest) && !found.has(entry.en)) continue;
        found.set(entry.en, [...(found.get(entry.en) ?? []), entry]);
        // Longest match first: what a longer term covered is not matched again by a shorter one.
        rest = rest.replace(word, " ");
      }
      for (const entries of found.values()) {
        for (const entry of entries) {
          const text = entry.platform === undefined ? (c.source.get(id) ?? "") : format(c, id, entry.platform);
          if (!text.includes(entry.term)) missing.push(`${id}: "${entry.en}" → ${entry.term}${entry.platform === undefined ? "" : ` (${entry.platform})`}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
