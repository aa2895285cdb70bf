// The most CPU time one main-thread task took in each phase of the 20k bench
// (scripts/benchLargeInteract.ts), from a Chromium trace: the thread time ("tdur") of each task,
// which other work on a loaded machine stretches far less than the wall time the long-task
// observer reports (scripts/benchEdit.ts reads edits the same way). The trace's clock is matched
// to the page's through a performance mark seen by both.
import type { Page } from "playwright-core";

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export async function startTaskTrace(page: Page): Promise<void> {
  await page
    .context()
    .browser()
    ?.startTracing(page, { categories: ["toplevel", "blink.user_timing"] });
}

/**
 * Stops the trace; gives the most CPU time (ms) one task took between two page times, or NaN
 * without a trace. `mark`: a performance mark the page made (its page time `markAt`).
 */
export async function stopTaskTrace(
  page: Page,
  mark: string,
  markAt: number,
): Promise<(from: number, to: number) => number> {
  const buffer = await page.context().browser()?.stopTracing();
  if (!buffer) return () => NaN;
  const events = (JSON.parse(buffer.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const marked = events.find((e) => e.name === mark);
  if (!marked) return () => NaN;
  // The mark is made on the page's main thread: its tasks are the ones on that thread.
  const tasks = events.filter(
    (e) =>
      e.ph === "X" &&
      e.pid === marked.pid &&
      e.tid === marked.tid &&
      (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask"),
  );
  const toTrace = (pageTime: number) => marked.ts + (pageTime - markAt) * 1000;
  return (from, to) => {
    const [start, end] = [toTrace(from), toTrace(to)];
    return Math.max(
      0,
      ...tasks.filter((e) => e.ts >= start && e.ts < end).map((e) => (e.tdur ?? 0) / 1000),
    );
  };
}
