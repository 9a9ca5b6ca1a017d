// Review speaks the producer's time: the engine words a changed date-time as the UTC text it
// sends; the window, which knows the computer's time zone and its language, rewords it.

import type { FieldChange } from "../bindings";
import { formatLocalDateTime } from "./dateTime";
import { isDateTimeAt, type FieldSchema } from "./schema";

export type LocalTimes = {
  /** The changes, date-time values in local time and words. */
  changes: FieldChange[];
  /** A sentence of Review (e.g. "Scheduled start will be … (now: …)") with the same values reworded. */
  line: (text: string) => string;
};

export function localTimes(schema: FieldSchema, changes: FieldChange[], locale: string): LocalTimes {
  const words = new Map<string, string>();
  const reword = (raw: unknown, text: string): string => {
    if (typeof raw !== "string") return text;
    const local = formatLocalDateTime(raw, locale);
    if (local === null) return text;
    words.set(text, local);
    return local;
  };
  const local = changes.map((c) => (isDateTimeAt(schema, c.field)
    ? { ...c, old_text: reword(c.old, c.old_text), new_text: reword(c.new, c.new_text) }
    : c));
  return {
    changes: local,
    line: (text) => [...words].reduce((out, [utc, shown]) => out.replaceAll(utc, shown), text),
  };
}
