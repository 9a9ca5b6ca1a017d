// The first module the page evaluates (main.tsx imports it before React). The app hands the
// window its first screen before any script runs; without it (another host, a failed script)
// the data is asked for at once, so the answer travels while React's code is being evaluated.
import { loadFirstScreen, takeInjectedFirstScreen, type FirstScreen } from "./firstScreen";
import { note } from "./bench/marks";

note("bundle_start");
export const injected: FirstScreen | undefined = takeInjectedFirstScreen();
/** Asked for only when nothing was handed over. */
export const firstScreen: Promise<FirstScreen> | undefined = injected === undefined ? loadFirstScreen() : undefined;
