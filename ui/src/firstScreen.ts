import { commands, FIRST_SCREEN_GLOBAL, type FirstScreen } from "./bindings";

export type { FirstScreen };

export function loadFirstScreen(): Promise<FirstScreen> {
  return commands.firstScreen();
}

/**
 * The first screen the app handed the window before this page's scripts ran (an
 * initialization script), taken once; undefined when there is none (tests, another host).
 */
export function takeInjectedFirstScreen(): FirstScreen | undefined {
  const holder = window as unknown as Record<string, FirstScreen | undefined>;
  const injected = holder[FIRST_SCREEN_GLOBAL];
  holder[FIRST_SCREEN_GLOBAL] = undefined;
  return injected;
}
