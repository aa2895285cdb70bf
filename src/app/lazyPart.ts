// A part of the app loaded on first use (a dynamic import), once: after that it is at hand at
// once, so what uses it stays synchronous. Whoever asks for it says what to do if it cannot be
// loaded (app/faults.ts: a message, with Reload when offline); the page fetches these parts
// while idle (app/deferredModules.ts), so they work offline too.
export interface LazyPart<T> {
  /** The part, if it is loaded. */
  ready(): T | undefined;
  /** Loads it (once; a failed load is asked again next time). */
  load(): Promise<T>;
  /** Runs `use` with the part: at once if it is loaded, else once it is; `failed` if it cannot be. */
  with(use: (part: T) => void, failed: (error: unknown) => void): void;
}

export function lazyPart<T>(load: () => Promise<T>): LazyPart<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  const part: LazyPart<T> = {
    ready: () => value,
    load() {
      loading ??= load().then(
        (loaded) => (value = loaded),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    with(use, failed) {
      if (value !== undefined) return use(value);
      part.load().then(use, failed);
    },
  };
  return part;
}
