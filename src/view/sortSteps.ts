// A stable sort in steps (view/steps.ts), for the search index's vocabulary and name order: a
// list of 20 000 names sorted with a collator is tens of milliseconds in one go. In its own module
// so that only the index's chunk carries it.
import { STEP_ITEMS, type Steps } from "./steps";

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
