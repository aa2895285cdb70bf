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
