// Saves the open network shortly after every change (within a second), one save at a time,
// and tells the page how it went: saved, storage full, or changed in another tab (then it stops
// saving that network until the user decides, so neither tab overwrites the other). A change of
// the view alone (a pan, a selection) saves only the view, unless the document stored is not the
// one shown (not stored yet, a change to it waiting, or its last save failed).
import type { NetworkLibrary } from "./networkLibrary";
import type { StoredNetwork } from "./storedNetwork";

export type AutosaveStatus =
  | { state: "saved"; at: number }
  | { state: "conflict"; message: string }
  | { state: "failed"; message: string };

export interface Autosave {
  /** Which stored network is open and the revision it was read at (0: not stored yet). */
  open(id: string, revision: number): void;
  /**
   * Something changed: `snapshot` gives what to store when the save runs; `viewOnly`: only the
   * view (the document is the one last given).
   */
  changed(
    snapshot: () => Omit<StoredNetwork, "revision" | "storeFormat">,
    viewOnly?: boolean,
  ): void;
  /** Saves a pending change now (page hidden or closing). */
  flush(): Promise<void>;
  /**
   * The latest change to a document not known to be saved (waiting, its save still running, or
   * failed), with the revision its save is based on; undefined when there is none, or only a view
   * waits over a document that is saved.
   * Read synchronously as the page closes (persist/unsavedRescue.ts).
   */
  unsaved(): { network: Omit<StoredNetwork, "revision" | "storeFormat">; base: number } | undefined;
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
  /** The revision each network was last read or saved at: a pending save keeps its network's. */
  const revisions = new Map<string, number>();
  /** Networks another tab changed: not saved again until reopened. */
  const stopped = new Set<string>();
  /** Networks whose stored document may not be the one shown: their next save is whole. */
  const unsaved = new Set<string>();
  let pending:
    | {
        id: string;
        snapshot: () => Omit<StoredNetwork, "revision" | "storeFormat">;
        /** The document too, not only the view. */
        whole: boolean;
      }
    | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const onMessage = (event: Event) => {
    const data = (event as MessageEvent).data as { id?: unknown; revision?: unknown } | null;
    if (
      id !== undefined &&
      data?.id === id &&
      typeof data.revision === "number" &&
      data.revision > (revisions.get(id) ?? 0)
    )
      options.onSavedElsewhere?.(id, data.revision);
  };
  options.channel?.addEventListener("message", onMessage);

  type Job = NonNullable<typeof pending>;
  /** Jobs taken so far: a save reports "saved" only when no later one is queued or waiting. */
  let taken = 0;
  /** The job taken last and whether its save has ended. */
  let last: { job: Job | undefined; ended: boolean } | undefined;
  async function save(job: Job | undefined, number: number): Promise<void> {
    if (!job || stopped.has(job.id)) return;
    const record = { ...job.snapshot(), id: job.id };
    const base = revisions.get(job.id) ?? 0;
    const whole = job.whole || unsaved.has(job.id);
    // Until this save succeeds, the stored document is not known to be this one.
    if (whole) unsaved.add(job.id);
    let result;
    try {
      result = whole
        ? await library.save(record, base)
        : await library.saveView(
            { id: job.id, view: record.view, updatedAt: record.updatedAt },
            base,
          );
    } catch (error) {
      options.onStatus({
        state: "failed",
        message: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    if (result.ok) {
      if (whole) unsaved.delete(job.id);
      revisions.set(job.id, result.revision);
      options.channel?.postMessage({ id: job.id, revision: result.revision });
      // A change made while this save ran is not saved yet: "saved" waits for its save.
      if (pending === undefined && number === taken)
        options.onStatus({ state: "saved", at: now() });
    } else if (result.reason === "conflict") {
      stopped.add(job.id);
      options.onStatus({ state: "conflict", message: result.message });
    } else {
      // Kept in memory: the next change tries again.
      options.onStatus({ state: "failed", message: result.message });
    }
  }

  const run = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    // The job is taken now: a change made while an earlier save runs waits for the next one.
    const job = pending;
    const number = ++taken;
    pending = undefined;
    const taking = { job, ended: false };
    last = taking;
    const end = () => void (taking.ended = true);
    running = running.then(
      () => save(job, number).finally(end),
      () => save(job, number).finally(end),
    );
    return running;
  };

  return {
    open(nextId, nextRevision) {
      // A change still waiting belongs to the network open before: it is saved now, as that one.
      if (pending && pending.id !== nextId) void run();
      id = nextId;
      revisions.set(nextId, nextRevision);
      stopped.delete(nextId);
      // Read from the library at this revision: its stored document is the one shown.
      if (nextRevision > 0) unsaved.delete(nextId);
      else unsaved.add(nextId);
    },
    changed(snapshot, viewOnly = false) {
      if (id === undefined) return;
      const whole = !viewOnly || (pending !== undefined && pending.id === id && pending.whole);
      pending = { id, snapshot, whole };
      if (timer === undefined) timer = setTimeout(run, delay);
    },
    async flush() {
      if (pending) await run();
      else await running;
    },
    revision: () => (id === undefined ? 0 : (revisions.get(id) ?? 0)),
    unsaved() {
      // `unsaved` has a network from the start of a save of its document until one succeeds.
      const waiting = pending && (pending.whole || unsaved.has(pending.id)) ? pending : undefined;
      const lastJob = last?.job;
      const job =
        waiting ??
        (lastJob && ((!last!.ended && lastJob.whole) || unsaved.has(lastJob.id))
          ? lastJob
          : undefined);
      if (!job || stopped.has(job.id)) return undefined;
      return { network: { ...job.snapshot(), id: job.id }, base: revisions.get(job.id) ?? 0 };
    },
    dispose() {
      if (timer) clearTimeout(timer);
      options.channel?.removeEventListener("message", onMessage);
      options.channel?.close();
    },
  };
}
