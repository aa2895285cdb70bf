// The user's networks in the browser: IndexedDB when it works, memory when it does not (private
// mode, blocked storage), with the reason kept so the page can say so. A save names the revision
// it is based on; if another tab saved in between, it is refused as a conflict, never overwritten.
import {
  readStored,
  STORE_FORMAT,
  summaryOf,
  type StoredNetwork,
  type StoredReading,
  type StoredSummary,
} from "./storedNetwork";

export type SaveResult =
  | { ok: true; revision: number }
  | { ok: false; reason: "conflict"; storedRevision: number; message: string }
  | { ok: false; reason: "full" | "failed"; message: string };

export interface LibraryListing {
  networks: StoredSummary[];
  /** Records that could not be read (unknown versions…): kept in storage, reported here. */
  unreadable: { id: string | undefined; message: string }[];
}

export interface NetworkLibrary {
  readonly kind: "indexeddb" | "memory";
  /** Why networks are kept in memory only (shown to the user), when they are. */
  readonly problem: string | undefined;
  list(): Promise<LibraryListing>;
  load(id: string): Promise<StoredReading | undefined>;
  /** Saves `network` if the stored copy is still at `baseRevision` (0: a new network). */
  save(
    network: Omit<StoredNetwork, "revision" | "storeFormat">,
    baseRevision: number,
  ): Promise<SaveResult>;
  remove(id: string): Promise<void>;
}

const DB_NAME = "backchannel";
const STORE = "networks";

function conflict(stored: number): SaveResult {
  return {
    ok: false,
    reason: "conflict",
    storedRevision: stored,
    message: "this network was changed in another tab since this one opened it",
  };
}

function listingOf(records: readonly unknown[]): LibraryListing {
  const listing: LibraryListing = { networks: [], unreadable: [] };
  for (const raw of records) {
    const reading = readStored(raw);
    if (reading.ok) listing.networks.push(summaryOf(reading.network));
    else listing.unreadable.push({ id: reading.id, message: reading.message });
  }
  listing.networks.sort((a, b) => b.updatedAt - a.updatedAt);
  return listing;
}

/** Networks kept for this page only: lost on reload, as the page then says. */
export function createMemoryLibrary(problem?: string): NetworkLibrary {
  const records = new Map<string, unknown>();
  return {
    kind: "memory",
    problem,
    list: async () => listingOf([...records.values()]),
    load: async (id) =>
      records.has(id) ? readStored(structuredClone(records.get(id))) : undefined,
    async save(network, baseRevision) {
      const stored = records.get(network.id) as { revision?: number } | undefined;
      const current = stored?.revision ?? 0;
      if (current !== baseRevision) return conflict(current);
      const revision = current + 1;
      records.set(network.id, structuredClone({ ...network, storeFormat: STORE_FORMAT, revision }));
      return { ok: true, revision };
    },
    remove: async (id) => void records.delete(id),
  };
}

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });

function describeFailure(error: unknown): SaveResult {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "QuotaExceededError")
    return { ok: false, reason: "full", message: "the browser's storage for this site is full" };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: "failed", message: `the browser refused to save (${message})` };
}

function createIndexedDbLibrary(db: IDBDatabase): NetworkLibrary {
  const store = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    kind: "indexeddb",
    problem: undefined,
    list: async () => listingOf(await request(store("readonly").getAll())),
    async load(id) {
      const raw: unknown = await request(store("readonly").get(id));
      return raw === undefined ? undefined : readStored(raw);
    },
    save(network, baseRevision) {
      return new Promise<SaveResult>((resolve) => {
        let result: SaveResult | undefined;
        let tx: IDBTransaction;
        try {
          tx = db.transaction(STORE, "readwrite");
        } catch (error) {
          resolve(describeFailure(error));
          return;
        }
        const objects = tx.objectStore(STORE);
        const get = objects.get(network.id);
        get.onsuccess = () => {
          const current = (get.result as { revision?: number } | undefined)?.revision ?? 0;
          if (current !== baseRevision) {
            result = conflict(current);
            tx.abort();
            return;
          }
          const revision = current + 1;
          try {
            objects.put({ ...network, storeFormat: STORE_FORMAT, revision });
            result = { ok: true, revision };
          } catch (error) {
            result = describeFailure(error);
            tx.abort();
          }
        };
        tx.oncomplete = () => resolve(result ?? describeFailure(new Error("nothing saved")));
        tx.onabort = () => resolve(result ?? describeFailure(tx.error));
        tx.onerror = (event) => event.preventDefault();
      });
    },
    async remove(id) {
      await request(store("readwrite").delete(id));
    },
  };
}

/**
 * The library for this page: IndexedDB, or memory with the reason when IndexedDB is missing,
 * blocked or does not answer within `timeoutMs` (some private modes hang instead of failing).
 */
export function openLibrary(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  timeoutMs = 3000,
): Promise<NetworkLibrary> {
  const fallback = (why: string) =>
    createMemoryLibrary(
      `Your networks cannot be saved in this browser (${why}); changes last until the page is closed.`,
    );
  if (!factory) return Promise.resolve(fallback("no IndexedDB"));
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback("storage did not answer")), timeoutMs);
    const done = (library: NetworkLibrary) => {
      clearTimeout(timer);
      resolve(library);
    };
    let open: IDBOpenDBRequest;
    try {
      open = factory.open(DB_NAME, 1);
    } catch (error) {
      done(fallback(error instanceof Error ? error.message : "storage is blocked"));
      return;
    }
    open.onupgradeneeded = () => {
      if (!open.result.objectStoreNames.contains(STORE))
        open.result.createObjectStore(STORE, { keyPath: "id" });
    };
    open.onsuccess = () => done(createIndexedDbLibrary(open.result));
    open.onerror = () => done(fallback(open.error?.message ?? "storage is blocked"));
    open.onblocked = () => done(fallback("another tab holds an older version of the storage"));
  });
}
