// Work in steps: a pure computation written as a generator yields between pieces of work (every
// STEP_ITEMS items or so), so a caller can spread it over several tasks and the page never waits
// long for it (app/sliced.ts drives one against a time budget); runSteps does it all at once.

/** Items (actors, ties) worked through between two yields. */
export const STEP_ITEMS = 250;

/** A computation that yields between its pieces of work and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Comparisons made between two yields of sortSteps. */
const SORT_COMPARISONS = 4 * STEP_ITEMS;

/**
 * A stable sort in steps (a bottom-up merge sort): the items in `compare`'s order, equal items in
 * their order in `items`, as `[...items].sort(compare)` gives them.
 */
export function* sortSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Steps<T[]> {
  let from = [...items];
  let to = new Array<T>(from.length);
  let count = 0;
  for (let width = 1; width < from.length; width *= 2) {
    for (let start = 0; start < from.length; start += 2 * width) {
      const middle = Math.min(start + width, from.length);
      const end = Math.min(start + 2 * width, from.length);
      let i = start;
      let j = middle;
      for (let k = start; k < end; k++) {
        // Equal items: the left run's first, which keeps the sort stable.
        if (i < middle && (j >= end || compare(from[i] as T, from[j] as T) <= 0))
          to[k] = from[i++] as T;
        else to[k] = from[j++] as T;
        if (++count % SORT_COMPARISONS === 0) yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
