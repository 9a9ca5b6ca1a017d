// History in a producer's words: when (in their own locale, never a bare 12/4/2026) and why an
// entry cannot be undone.

import type { HistoryItem } from "../bindings";
import { currentLocale, t } from "../i18n";

// The window's language, with the month named so no date reads two ways.
const formats = new Map<string, Intl.DateTimeFormat>();

/** When a call was made, in the window's language: "Dec 5, 2026, 3:04 AM", "2026年12月5日 3:04". */
export function when(atMs: number): string {
  const locale = currentLocale();
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    formats.set(locale, format);
  }
  return format.format(new Date(atMs));
}

/** Why "Undo" is greyed out for an entry ("" when it is not). */
export function undoReason(item: Pick<HistoryItem, "can_undo" | "undo_blocked" | "undone_by">): string {
  if (item.can_undo) return "";
  switch (item.undo_blocked) {
    case "read":
      return t("history.undoBlockedRead");
    case "not_applied":
      return t("history.undoBlockedNotApplied");
    case "sending":
      return t("history.undoBlockedSending");
    case "already_undone":
      return t("history.undoBlockedUndone", { id: String(item.undone_by ?? "") });
    case "nothing_read":
    case null:
      return t("history.undoBlockedNothingRead");
  }
}
