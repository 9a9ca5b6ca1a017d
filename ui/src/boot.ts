// The first module the page evaluates (main.tsx imports it before React). The app normally
// hands the window its first screen before any script runs; without it, the data is asked for
// at once, so the answer travels while React's code is being evaluated.
import { loadFirstScreen, takeInjectedFirstScreen, type FirstScreen } from "./firstScreen";
import { note } from "./bench/marks";

note("bundle_start");
export const injected: FirstScreen | undefined = takeInjectedFirstScreen();
const requested: Promise<FirstScreen> | undefined = injected === undefined ? loadFirstScreen() : undefined;

/** The first screen's data: at once when handed over, else when asked for (see above). */
export const firstScreen: Promise<FirstScreen> | undefined = requested;

/**
 * The first screen's data when it is there within `waitMs`, otherwise undefined (the window then
 * renders its frame at once and the list when the data comes). A failure is left to the page.
 */
export function firstScreenWithin(waitMs: number): Promise<FirstScreen | undefined> {
  if (requested === undefined) return Promise.resolve(injected);
  return Promise.race([
    requested.catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(() => { resolve(undefined); }, waitMs)),
  ]);
}
