import { useLayoutEffect, useRef, type RefObject } from "react";

/** Keeps an area as tall as its last content once that content goes, until new content comes:
 *  a result box that disappears must not pull the next control under the producer's pointer. */
export function useReservedHeight(ref: RefObject<HTMLElement | null>, hasContent: boolean) {
  const last = useRef(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    if (hasContent) {
      el.style.minHeight = "";
      last.current = el.offsetHeight;
    } else {
      el.style.minHeight = `${String(last.current)}px`;
    }
  });
}
