// What the UI tests import instead of @testing-library/preact: the same, except that a `change`
// on a <select> fires what a browser fires when an option is picked (`input`, then `change`).
// @testing-library/preact turns every `change` into an `input`, the event Preact listens to on
// text fields, so a select's change handler would never run in a test.
import { fireEvent as fire } from "@testing-library/preact";

export * from "@testing-library/preact";

type Target = Document | Element | Window | Node;
const input = fire.change;

export const fireEvent: typeof fire = Object.assign((target: Target, event: Event) => fire(target, event), fire, {
  change(target: Target, init?: object): boolean {
    if (!(target instanceof HTMLSelectElement)) return input(target, init);
    input(target, init); // sets the picked value, as the browser's `input` event does
    return fire(target, new Event("change", { bubbles: true }));
  },
});
