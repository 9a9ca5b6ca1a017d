import { useEffect, useRef, type RefObject } from "react";

/** Moves keyboard and screen-reader focus to the heading of the screen shown in `container`
 * whenever `screen` changes (not on the first screen), so a producer who pressed a button
 * hears where they are. A lazily loaded screen may paint a few frames later: it is waited for. */
export function useFocusHeadingOnChange(screen: string, container: RefObject<HTMLElement | null>): void {
  const shown = useRef(screen);
  useEffect(() => {
    if (shown.current === screen) return;
    shown.current = screen;
    let tries = 0;
    let frame = 0;
    const attempt = () => {
      // The new screen's, not the old one's that Suspense keeps hidden while the new one loads.
      const heading = [...(container.current?.querySelectorAll<HTMLElement>("h2") ?? [])].find((h) => h.getClientRects().length > 0);
      if (heading !== undefined) {
        focusHeading(heading);
      } else if (tries++ < 300) {
        frame = requestAnimationFrame(attempt);
      }
    };
    attempt();
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [screen, container]);
}

/** Focuses a heading, made focusable by script only (focusing also scrolls it into view). */
export function focusHeading(heading: HTMLElement): void {
  if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
  heading.focus();
}
