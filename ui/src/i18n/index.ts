// Every user-facing string of the UI goes through `t`. Catalogs are Project Fluent files,
// i18n/<locale>/ui.ftl at the repository root (the engine's catalogs will sit beside them).
// English is bundled as the fallback; another language is loaded only when it is chosen.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { useEffect, useEffectEvent, useSyncExternalStore } from "react";
import { commands } from "../bindings";
import englishSource from "../../../i18n/en/ui.ftl?raw";
import type { MessageKey } from "./keys";
import { desktopPlatform, isLocale, locales, pickLocale, type Locale } from "./locales";

export type { MessageKey };
export type { Locale };
export { locales, nativeNames, pickLocale } from "./locales";

const STORAGE_KEY = "livedesk.language";

const sources = import.meta.glob<string>(["../../../i18n/*/ui.ftl", "!../../../i18n/en/ui.ftl"], {
  query: "?raw",
  import: "default",
});

function bundleFor(locale: Locale, source: string): FluentBundle {
  // No Unicode isolation marks around placeables: the text is compared by tests and read by
  // screen readers as plain text.
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(source));
  if (errors.length > 0) console.error(`i18n/${locale}/ui.ftl:`, errors);
  return bundle;
}

const english = bundleFor("en", englishSource);
const loaded = new Map<Locale, FluentBundle>([["en", english]]);
let active: Locale = "en";
let bundle = english;
const listeners = new Set<() => void>();
const platform = desktopPlatform(typeof navigator === "undefined" ? "" : navigator.userAgent);

async function load(locale: Locale): Promise<FluentBundle> {
  const known = loaded.get(locale);
  if (known !== undefined) return known;
  const read = sources[`../../../i18n/${locale}/ui.ftl`];
  if (read === undefined) return english;
  const made = bundleFor(locale, await read());
  loaded.set(locale, made);
  return made;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The language to start in: the one chosen in the menu before, else the engine's (the one it
 * saved, or the system's as it read it), else the web view's.
 */
export function startLocale(engine?: string | null): Locale {
  const stored = storage()?.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  if (isLocale(engine)) return engine;
  return pickLocale(typeof navigator === "undefined" ? [] : navigator.languages);
}

// The language the engine speaks, when known: it is told only when it differs.
let engineSpeaks: Locale | undefined;
// Engine switches run one after the other, so the last choice is the one it keeps.
let engineQueue: Promise<unknown> = Promise.resolve();
// Only the latest of quickly repeated switches is applied.
let latest = 0;

/** Tells the engine to speak `locale` (its forms, reviews, answers); outside the app (tests,
 *  a browser) there is no engine and the window switches alone. */
function tellEngine(locale: Locale): Promise<unknown> {
  if (engineSpeaks === locale) return engineQueue;
  engineQueue = engineQueue
    .then(() => commands.setLanguage(locale))
    .then(() => { engineSpeaks = locale; }, () => undefined);
  return engineQueue;
}

/**
 * Switches the window's language (loading its catalog once) and the engine's, then re-renders
 * what reads it: what the engine wrote is asked for again once it speaks the new language.
 * `engine` is the language the engine already speaks (from the first screen), if known.
 */
export async function setLocale(locale: string, options: { remember?: boolean; engine?: string | null | undefined } = {}): Promise<void> {
  const next = isLocale(locale) ? locale : pickLocale([locale]);
  const ticket = ++latest;
  if (isLocale(options.engine)) engineSpeaks = options.engine;
  const [made] = await Promise.all([load(next), tellEngine(next)]);
  if (ticket !== latest) return;
  active = next;
  bundle = made;
  if (typeof document !== "undefined") document.documentElement.lang = next;
  if (options.remember === true) storage()?.setItem(STORAGE_KEY, next);
  for (const listener of listeners) listener();
}

export function currentLocale(): Locale {
  return active;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The active language; a component that calls this re-renders when it changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, currentLocale, currentLocale);
}

/**
 * Runs `react` each time another language has been chosen (not when the component mounts), with
 * the component's latest props and state: where what the engine wrote is asked for again.
 */
export function useLocaleSwitch(react: (locale: Locale) => void): void {
  const onSwitch = useEffectEvent(react);
  useEffect(() => {
    let seen = active;
    return subscribe(() => {
      if (active === seen) return;
      seen = active;
      onSwitch(active);
    });
  }, []);
}

/** The message for `key` in the active language (English if it lacks it), placeholders filled in. */
export function t(key: MessageKey, vars: Record<string, FluentVariable> = {}): string {
  const id = key.replaceAll(".", "-");
  const from = bundle.hasMessage(id) ? bundle : english;
  const message = from.getMessage(id);
  if (message?.value == null) return key;
  return from.formatPattern(message.value, { platform, ...vars });
}

export { locales as supportedLocales };
