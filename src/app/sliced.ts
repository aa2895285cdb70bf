// Running work written in steps (view/steps.ts) on the page without holding it: steps run until
// a time budget is spent, then the page gets the thread back (input, frames) before the next
// slice. Cancelling drops the rest (a newer request replaced this one).

/** Longest run of steps (ms) before the page gets the thread back. */
export const SLICE_MS = 10;

/** Lets the page handle what is waiting (input first) before the work goes on. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs the steps a slice at a time; resolves with the result, or with undefined once `cancelled()`
 * says so between two slices.
 */
export async function runSliced<T>(
  steps: Generator<void, T, void>,
  cancelled: () => boolean = () => false,
  budget = SLICE_MS,
): Promise<T | undefined> {
  let started = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - started >= budget) {
      await yieldToPage();
      if (cancelled()) return undefined;
      started = performance.now();
    }
  }
}

/** Characters encoded per slice when a long text becomes a Blob. */
const BLOB_CHARS = 1 << 18;

/**
 * A Blob of a long text, encoded a piece per slice (one `new Blob([text])` of a 5 000-actor SVG
 * held the page for about 100 ms); the pieces never split a surrogate pair.
 */
export async function textBlob(text: string, type: string): Promise<Blob> {
  const parts: Blob[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + BLOB_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++;
    parts.push(new Blob([text.slice(start, end)]));
    start = end;
    if (start < text.length) await yieldToPage();
  }
  return new Blob(parts, { type });
}
