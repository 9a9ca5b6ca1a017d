// Timing marks for the performance benchmark (scripts/bench.sh). Only a window started by the
// benchmark sends them; `perf_mark` is a no-op otherwise.
import { commands } from "../bindings";

/** Wall-clock time (ms since the Unix epoch) once the frame showing the current DOM is painted. */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(() => { resolve(performance.timeOrigin + performance.now()); }, 0);
    });
  });
}

export function nowUnixMs(): number {
  return performance.timeOrigin + performance.now();
}

export function mark(name: string, atUnixMs: number, durationMs: number | null = null): Promise<null> {
  return commands.perfMark(name, atUnixMs, durationMs);
}

const early: [string, number][] = [];

/** Remembers a moment of start-up; sent only if this turns out to be a benchmark run. */
export function note(name: string): void {
  early.push([name, nowUnixMs()]);
}

/** Sends the remembered start-up moments (page navigation included). */
export async function sendNotes(): Promise<void> {
  await mark("navigation_start", performance.timeOrigin);
  for (const [name, at] of early.splice(0)) await mark(name, at);
}
