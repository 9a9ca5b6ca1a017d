/** Where the web view's own menu (Reload, Inspect Element…) has nothing for a producer: it is
 * kept only where there is text to cut, copy or paste — text fields and a selection. This does
 * not depend on a debug or release build, so the end-to-end suite proves what ships. */
export function keepsContextMenu(target: EventTarget | null, selection: string): boolean {
  if (selection.trim() !== "") return true;
  if (!(target instanceof Element)) return false;
  const field = target.closest("input, textarea, [contenteditable='true']");
  if (field === null) return false;
  if (field instanceof HTMLInputElement) {
    return !["button", "checkbox", "radio", "submit", "reset", "file", "range", "color", "image"].includes(field.type);
  }
  return true;
}

export function blockContextMenu(doc: Document): void {
  doc.addEventListener("contextmenu", (event) => {
    if (!keepsContextMenu(event.target, doc.getSelection()?.toString() ?? "")) event.preventDefault();
  });
}
