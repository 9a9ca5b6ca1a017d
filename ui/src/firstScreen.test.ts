import { afterEach, describe, expect, it } from "vitest";
import { FIRST_SCREEN_GLOBAL } from "./bindings";
import { takeInjectedFirstScreen } from "./firstScreen";

const holder = window as unknown as Record<string, unknown>;

afterEach(() => {
  holder[FIRST_SCREEN_GLOBAL] = undefined;
});

describe("the first screen handed over by the app", () => {
  it("is taken once, so a later render cannot reuse stale accounts", () => {
    const first = { info: { name: "Livedesk", version: "0.1.0", notices: [], benchmark: null }, accounts: [] };
    holder[FIRST_SCREEN_GLOBAL] = first;
    expect(takeInjectedFirstScreen()).toEqual(first);
    expect(takeInjectedFirstScreen()).toBeUndefined();
  });

  it("is absent where no app handed it over", () => {
    expect(takeInjectedFirstScreen()).toBeUndefined();
  });
});
