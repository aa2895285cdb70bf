// The user's networks in the browser: IndexedDB when it works, memory when it does not (private
// mode, blocked storage), with the reason kept so the page can say so. A save names the revision
// it is based on; if another tab saved in between, it is refused as a conflict, never overwritten.
// In IndexedDB a network's record holds everything but its document's text, which is kept in
// pieces of their own, written one a task in the save's transaction: IndexedDB copies what it is
// given on the page's thread, and a 5 000-actor document's text in one piece held the page for
// 45–60 ms (profiled). The view alone (a pan, a selection) is saved into the record without the
// document: rewriting 20 000 actors' text for a pan held the page for 50–410 ms.
import {
  listEntry,
  readStored,
  storedRecord,
  storedRecordInPieces,
  type StoredNetwork,
  type StoredReading,
  type StoredSummary,
  type StoredView,
} from "./storedNetwork";
import { writing, type SaveResult } from "./idbWriting";

export type { SaveResult } from "./idbWriting";

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
  /** Saves only the view of a stored network (its document unchanged), on the same terms. */
  saveView(view: StoredView, baseRevision: number): Promise<SaveResult>;
  remove(id: string): Promise<void>;
}

const DB_NAME = "backchannel";
/** Version 2 added the store of document pieces. */
const DB_VERSION = 2;
const STORE = "networks";
/** A network's document text in pieces, keyed [network id, piece number]. */
const PIECES = "pieces";
/** Characters of document text per piece. */
const PIECE_CHARS = 128 * 1024;

function conflict(stored: number): SaveResult {
  return {
    ok: false,
    reason: "conflict",
    storedRevision: stored,
    message: "this network was changed in another tab since this one opened it",
  };
}

/** A view saved for a network that has no stored copy (removed meanwhile). */
const NOT_STORED: SaveResult = {
  ok: false,
  reason: "failed",
  message: "the stored copy of this network is gone",
};

/** The record with the view saved in it, at the next revision, or why not. */
function withView(
  stored: unknown,
  view: StoredView,
  baseRevision: number,
): { record: object; revision: number } | SaveResult {
  if (typeof stored !== "object" || stored === null) return NOT_STORED;
  const current = (stored as { revision?: number }).revision ?? 0;
  if (current !== baseRevision) return conflict(current);
  const revision = current + 1;
  return { record: { ...stored, view: view.view, updatedAt: view.updatedAt, revision }, revision };
}

function listingOf(records: readonly unknown[]): LibraryListing {
  const listing: LibraryListing = { networks: [], unreadable: [] };
  for (const raw of records) {
    const entry = listEntry(raw);
    if (entry.ok) listing.networks.push(entry.summary);
    else listing.unreadable.push({ id: entry.id, message: entry.message });
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
      const record = await storedRecord(network, 0);
      const stored = records.get(network.id) as { revision?: number } | undefined;
      const current = stored?.revision ?? 0;
      if (current !== baseRevision) return conflict(current);
      const revision = current + 1;
      records.set(network.id, { ...record, revision });
      return { ok: true, revision };
    },
    async saveView(view, baseRevision) {
      const next = withView(records.get(view.id), view, baseRevision);
      if (!("record" in next)) return next;
      records.set(view.id, next.record);
      return { ok: true, revision: next.revision };
    },
    remove: async (id) => void records.delete(id),
  };
}

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB request failed"));
  });

/** How many pieces a stored record's document is in (0: an older record, holding it whole). */
const pieceCount = (raw: unknown): number => {
  const count = (raw as { pieces?: unknown } | undefined)?.pieces;
  return typeof count === "number" && Number.isInteger(count) && count > 0 ? count : 0;
};

function createIndexedDbLibrary(db: IDBDatabase): NetworkLibrary {
  const store = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
  return {
    kind: "indexeddb",
    problem: undefined,
    list: async () => listingOf(await request(store("readonly").getAll())),
    async load(id) {
      const tx = db.transaction([STORE, PIECES], "readonly");
      const raw: unknown = await request(tx.objectStore(STORE).get(id));
      if (raw === undefined) return undefined;
      const count = pieceCount(raw);
      // A record written in pieces gets its document's text back; older ones hold the document.
      if (count === 0) return readStored(raw);
      const pieces = await Promise.all(
        Array.from({ length: count }, (_, index) =>
          request<unknown>(tx.objectStore(PIECES).get([id, index])),
        ),
      );
      if (!pieces.every((piece) => typeof piece === "string"))
        return {
          ok: false,
          id,
          message: `stored network "${id}" is damaged: pieces of its document are missing (it is kept as it is)`,
        };
      return readStored({ ...(raw as object), documentJson: pieces.join("") });
    },
    async save(network, baseRevision) {
      // The text is made before the transaction, which would end while it waits.
      const { documentPieces: pieces, ...record } = await storedRecordInPieces(
        network,
        0,
        PIECE_CHARS,
      );
      return writing(db, [STORE, PIECES], (tx, outcome) => {
        const objects = tx.objectStore(STORE);
        const pieceStore = tx.objectStore(PIECES);
        const get = objects.get(network.id);
        get.onsuccess = () => {
          const current = (get.result as { revision?: number } | undefined)?.revision ?? 0;
          if (current !== baseRevision) return outcome.abort(conflict(current));
          const revision = current + 1;
          // A piece a task (each put copies its piece here), then the record; all or nothing.
          const write = (index: number) => {
            try {
              if (index < pieces.length) {
                pieceStore.put(pieces[index], [network.id, index]).onsuccess = () =>
                  write(index + 1);
                return;
              }
              objects.put({ ...record, pieces: pieces.length, revision });
              for (let extra = pieces.length; extra < pieceCount(get.result); extra++)
                pieceStore.delete([network.id, extra]);
              outcome.set({ ok: true, revision });
            } catch (error) {
              outcome.fail(error);
            }
          };
          write(0);
        };
      });
    },
    saveView(view, baseRevision) {
      // The record alone (its document's pieces stay as they are).
      return writing(db, [STORE], (tx, outcome) => {
        const objects = tx.objectStore(STORE);
        const get = objects.get(view.id);
        get.onsuccess = () => {
          const next = withView(get.result, view, baseRevision);
          if (!("record" in next)) return outcome.abort(next);
          try {
            objects.put(next.record);
            outcome.set({ ok: true, revision: next.revision });
          } catch (error) {
            outcome.fail(error);
          }
        };
      });
    },
    async remove(id) {
      const tx = db.transaction([STORE, PIECES], "readwrite");
      const objects = tx.objectStore(STORE);
      const count = pieceCount(await request(objects.get(id)));
      objects.delete(id);
      for (let index = 0; index < count; index++) tx.objectStore(PIECES).delete([id, index]);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
      });
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
      open = factory.open(DB_NAME, DB_VERSION);
    } catch (error) {
      done(fallback(error instanceof Error ? error.message : "storage is blocked"));
      return;
    }
    open.onupgradeneeded = () => {
      if (!open.result.objectStoreNames.contains(STORE))
        open.result.createObjectStore(STORE, { keyPath: "id" });
      if (!open.result.objectStoreNames.contains(PIECES)) open.result.createObjectStore(PIECES);
    };
    open.onsuccess = () => {
      // A newer version of the app opening the storage in another tab takes it over.
      open.result.onversionchange = () => open.result.close();
      done(createIndexedDbLibrary(open.result));
    };
    open.onerror = () => done(fallback(open.error?.message ?? "storage is blocked"));
    open.onblocked = () => done(fallback("another tab holds an older version of the storage"));
  });
}
