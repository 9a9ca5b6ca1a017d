// Bringing a producer's eye to the fields that need attention: their titles for the summary
// beside the buttons, and moving to one (scrolled into view, focused).

import { unwrapNullable, type FieldSchema } from "./schema";
import type { FieldErrors } from "./fieldErrors";

/** The title a field is shown with, found by its dotted path (`security.watermark.size`). */
export function fieldTitle(schema: FieldSchema, path: string): string {
  let node: FieldSchema = schema;
  let title = path;
  for (const part of path.split(".")) {
    const field = unwrapNullable(node).field;
    const index = /^\d+$/u.test(part);
    const next = index ? field.items : field.properties?.[part];
    if (next === undefined) break;
    title = index ? `${title} ${String(Number(part) + 1)}` : (next.title ?? part);
    node = next;
  }
  return title;
}

/** Scrolls an element into view where the web view can (the test DOM cannot). */
export function bringIntoView(el: Element | null, block: ScrollLogicalPosition) {
  if (el !== null && "scrollIntoView" in el && typeof el.scrollIntoView === "function") el.scrollIntoView({ block });
}

/** The fields with errors, in the order they appear on screen (unknown ones last). */
export function invalidInOrder(container: ParentNode | null, errors: FieldErrors): string[] {
  const paths = Object.keys(errors);
  // Asked on every render of a form: with nothing to order, the page is not searched.
  if (container === null || paths.length === 0) return paths;
  const shown = Array.from(container.querySelectorAll<HTMLElement>("[data-field]"))
    .map((el) => el.dataset.field ?? "")
    .filter((path) => path in errors);
  return [...new Set([...shown, ...paths])];
}

/** Scrolls a field into view and puts the cursor in it (or on its first control). */
export function focusField(container: ParentNode | null, path: string): boolean {
  const box = container?.querySelector<HTMLElement>(`[data-field="${path.replaceAll('"', '\\"')}"]`);
  if (box === null || box === undefined) return false;
  const control = box.querySelector<HTMLElement>("input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])");
  bringIntoView(box, "center");
  (control ?? box).focus({ preventScroll: true });
  return true;
}
