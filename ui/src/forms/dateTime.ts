// Date-time fields: the engine and the vendors speak UTC (`2025-06-30T18:00:00Z`); a producer
// thinks in the computer's own time. The form keeps the UTC text (so validation, Review,
// drafts and history see what is sent) and only the control shows local time.

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** What `<input type="datetime-local">` shows for a UTC date-time, in this computer's zone;
 * `""` for empty or unreadable text. Seconds only when there are some. */
export function utcToLocalInput(utc: string | null | undefined): string {
  if (utc === null || utc === undefined || utc.trim() === "") return "";
  const date = new Date(utc);
  if (Number.isNaN(date.getTime())) return "";
  const day = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return date.getSeconds() === 0 ? `${day}T${time}` : `${day}T${time}:${pad(date.getSeconds())}`;
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** The UTC text sent for what the control holds (local time), always with seconds
 * (`2025-06-30T10:00:00Z`, as the vendors want); `""` when the control is empty or incomplete.
 * A local time skipped by a clock change (02:30 when clocks go 02:00 → 03:00) moves on by the
 * hour skipped; one that happens twice (clocks going back) is the first of the two. */
export function localInputToUtc(local: string): string {
  const m = LOCAL.exec(local.trim());
  if (m === null) return "";
  // An absent seconds group is `undefined` at run time, whatever the array's type says.
  const parts: (string | undefined)[] = m.slice(1);
  const [year, month, day, hour, minute, second] = parts.map((part) => Number(part ?? "0")) as [number, number, number, number, number, number];
  const date = new Date(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(date.getTime())) return "";
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** This computer's time zone, by name when known. */
export function localZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The zone's distance from UTC at `at` (clock changes move it): `+8`, `-4`, `+5:30`. */
export function utcOffset(at: Date = new Date()): string {
  const minutes = -at.getTimezoneOffset();
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `${sign}${String(Math.floor(abs / 60))}${rest === 0 ? "" : `:${pad(rest)}`}`;
}

/** A UTC date-time in the producer's local time and words (`locale`), or `null` when the
 * text is not a date-time. */
export function formatLocalDateTime(utc: string, locale: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(utc)) return null;
  const date = new Date(utc);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, {
    weekday: "short",
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    ...(date.getSeconds() === 0 ? {} : { second: "2-digit" }),
    timeZoneName: "shortOffset",
  }).format(date);
}
