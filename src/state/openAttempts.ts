// Which open may still change the page. Every open of files is an attempt with a token; only the
// newest attempt counts, and only once (its preview, then its network or its failure). A small
// file opened while a large one is still read can finish first: the large one's result is then
// dropped, whenever it comes. Pure.
export interface OpenAttempts {
  /** A new open begins: its token. */
  start(): number;
  /** Whether this open may still show something (it is the newest, and not yet finished). */
  current(token: number): boolean;
  /** This open has shown its network or its failure. */
  settle(token: number): void;
  /** Whether this is still the newest open (finished or not). */
  newest(token: number): boolean;
}

export function createOpenAttempts(): OpenAttempts {
  let latest = 0;
  let settled = 0;
  return {
    start: () => ++latest,
    current: (token) => token === latest && settled !== token,
    settle(token) {
      if (token === latest) settled = token;
    },
    newest: (token) => token === latest,
  };
}
