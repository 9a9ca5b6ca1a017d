// History in a producer's words: when (in their own locale, never a bare 12/4/2026) and why an
// entry cannot be undone.

import type { HistoryItem } from "../bindings";
import { t } from "../i18n";

// The user's locale (the system's), with the month named so no date reads two ways.
const format = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

/** When a call was made, in the user's locale: "Dec 5, 2026, 3:04 AM", "5 déc. 2026, 03:04". */
export function when(atMs: number): string {
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
      return t("history.undoBlockedUndone", { id: item.undone_by ?? "" });
    case "nothing_read":
    case null:
      return t("history.undoBlockedNothingRead");
  }
}
