import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";

/** Keeps an area as tall as its last content once that content goes, until new content comes:
 *  a result box that disappears must not pull the next control under the producer's pointer.
 *  The height is taken from a ResizeObserver, after the browser's own layout: reading it at
 *  each render made every render lay the page out at once (Send's answer waited for that). */
export function useReservedHeight(ref: RefObject<HTMLElement | null>, hasContent: boolean) {
  const last = useRef(0);
  useEffect(() => {
    const el = ref.current;
    if (el === null || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const box = entries.at(-1)?.borderBoxSize[0];
      // Only while there is content: the reserved (empty) height is not content's height.
      if (box !== undefined && el.style.minHeight === "") last.current = box.blockSize;
    });
    observer.observe(el);
    return () => { observer.disconnect(); };
  }, [ref]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    el.style.minHeight = hasContent ? "" : `${String(last.current)}px`;
  }, [ref, hasContent]);
}
