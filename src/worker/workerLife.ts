// Knowing when a Web Worker dies. A worker that throws at start fires "error", but one that is
// ended from outside (the browser reclaiming memory, a crash, the developer tools) goes silent:
// an open would wait for its reply forever. So the worker holds a Web Lock for as long as it
// lives, and the page asks for the same lock: the browser grants it to the page only once the
// worker is gone. Both sides are here (a leaf: the import, layout and path workers all use it).
// Where Web Locks are missing, nothing is watched and the error events remain.

/** What the page posts to a worker it watches; workers ignore it in their own handlers. */
export const HOLD_LIFE = "backchannel:hold-life";

export interface HoldLifeMessage {
  type: typeof HOLD_LIFE;
  lock: string;
  /** Where the worker says it holds the lock (a port of its own, not the worker's replies). */
  port: MessagePort;
}

export const isHoldLife = (data: unknown): data is HoldLifeMessage =>
  typeof data === "object" && data !== null && (data as { type?: unknown }).type === HOLD_LIFE;

const locks = (): LockManager | undefined =>
  typeof navigator !== "undefined" && "locks" in navigator ? navigator.locks : undefined;

/** In a worker: holds the lock the page names until the worker ends. */
export function holdLife(scope: {
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}): void {
  scope.addEventListener("message", (event: MessageEvent) => {
    if (!isHoldLife(event.data)) return;
    const { lock, port } = event.data;
    void locks()?.request(lock, () => {
      port.postMessage("held");
      port.close();
      return new Promise<never>(() => {});
    });
  });
}

let watched = 0;

/** A worker that has not taken its lock by then is taken for dead (it never started). */
export const START_WITHIN_MS = 20_000;

/**
 * On the page: calls `onDeath` once the worker has ended without being told to (its lock is
 * released), or has not started within `startWithinMs`. Returns the function that stops
 * watching, to call before terminating it on purpose.
 */
export function watchLife(
  worker: Worker,
  /** Which worker ("import", "layout", "path"): the lock's name begins with it. */
  kind: string,
  onDeath: () => void,
  startWithinMs = START_WITHIN_MS,
): () => void {
  const manager = locks();
  if (!manager || typeof MessageChannel === "undefined") return () => undefined;
  const lock = `backchannel-${kind}-worker-${(watched++).toString(36)}-${Math.random().toString(36).slice(2)}`;
  const stop = new AbortController();
  const channel = new MessageChannel();
  // Killed before it ran its first line, a worker never takes the lock: it has a time to start.
  const unstarted = setTimeout(() => {
    if (stop.signal.aborted) return;
    stop.abort();
    onDeath();
  }, startWithinMs);
  channel.port1.onmessage = () => {
    clearTimeout(unstarted);
    channel.port1.close();
    if (stop.signal.aborted) return;
    manager
      .request(lock, { signal: stop.signal }, () => {
        if (!stop.signal.aborted) onDeath();
      })
      .catch(() => undefined); // aborted: the page stopped watching
  };
  try {
    worker.postMessage({ type: HOLD_LIFE, lock, port: channel.port2 } satisfies HoldLifeMessage, [
      channel.port2,
    ]);
  } catch {
    clearTimeout(unstarted);
    return () => undefined;
  }
  return () => {
    clearTimeout(unstarted);
    stop.abort();
    channel.port1.close();
  };
}
