// Saves the open network shortly after every change (within a second), one save at a time,
// and tells the page how it went: saved, storage full, or changed in another tab (then it stops
// saving that network until the user decides, so neither tab overwrites the other).
import type { NetworkLibrary } from "./networkLibrary";
import type { StoredNetwork } from "./storedNetwork";

export type AutosaveStatus =
  | { state: "saved"; at: number }
  | { state: "conflict"; message: string }
  | { state: "failed"; message: string };

export interface Autosave {
  /** Which stored network is open and the revision it was read at (0: not stored yet). */
  open(id: string, revision: number): void;
  /** Something changed: `snapshot` gives what to store when the save runs. */
  changed(snapshot: () => Omit<StoredNetwork, "revision" | "storeFormat">): void;
  /** Saves a pending change now (page hidden or closing). */
  flush(): Promise<void>;
  /** The revision last saved or read, for a tab that must compare. */
  revision(): number;
  dispose(): void;
}

export interface AutosaveOptions {
  /** Delay after a change before it is saved. */
  delayMs?: number;
  onStatus(status: AutosaveStatus): void;
  /** Another tab saved the network open here. */
  onSavedElsewhere?(id: string, revision: number): void;
  /** Tabs tell each other about saves; omitted where BroadcastChannel does not exist. */
  channel?: Pick<
    BroadcastChannel,
    "postMessage" | "addEventListener" | "removeEventListener" | "close"
  >;
  now?: () => number;
}

export function createAutosave(library: NetworkLibrary, options: AutosaveOptions): Autosave {
  const delay = options.delayMs ?? 400;
  const now = options.now ?? Date.now;
  let id: string | undefined;
  let revision = 0;
  let pending: (() => Omit<StoredNetwork, "revision" | "storeFormat">) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const onMessage = (event: Event) => {
    const data = (event as MessageEvent).data as { id?: unknown; revision?: unknown } | null;
    if (
      id !== undefined &&
      data?.id === id &&
      typeof data.revision === "number" &&
      data.revision > revision
    )
      options.onSavedElsewhere?.(id, data.revision);
  };
  options.channel?.addEventListener("message", onMessage);

  async function save(): Promise<void> {
    timer = undefined;
    const snapshot = pending;
    pending = undefined;
    if (!snapshot || stopped || id === undefined) return;
    const record = snapshot();
    let result;
    try {
      result = await library.save(record, revision);
    } catch (error) {
      options.onStatus({
        state: "failed",
        message: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    if (result.ok) {
      revision = result.revision;
      options.channel?.postMessage({ id: record.id, revision });
      options.onStatus({ state: "saved", at: now() });
    } else if (result.reason === "conflict") {
      stopped = true;
      options.onStatus({ state: "conflict", message: result.message });
    } else {
      // Kept in memory: the next change tries again.
      options.onStatus({ state: "failed", message: result.message });
    }
  }

  const run = () => {
    running = running.then(save, save);
    return running;
  };

  return {
    open(nextId, nextRevision) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
      id = nextId;
      revision = nextRevision;
      stopped = false;
    },
    changed(snapshot) {
      pending = snapshot;
      if (timer === undefined) timer = setTimeout(run, delay);
    },
    async flush() {
      if (timer !== undefined) clearTimeout(timer);
      if (pending) await run();
      else await running;
    },
    revision: () => revision,
    dispose() {
      if (timer) clearTimeout(timer);
      options.channel?.removeEventListener("message", onMessage);
      options.channel?.close();
    },
  };
}
