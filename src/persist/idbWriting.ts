// A write to IndexedDB as one transaction, all or nothing, and what it gives the library: saved at
// a revision, refused (a conflict) or failed (storage full, blocked…) with words for the page.

/** How a save went. */
export type SaveResult =
  | { ok: true; revision: number }
  | { ok: false; reason: "conflict"; storedRevision: number; message: string }
  | { ok: false; reason: "full" | "failed"; message: string };

export function describeFailure(error: unknown): SaveResult {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  if (name === "QuotaExceededError")
    return { ok: false, reason: "full", message: "the browser's storage for this site is full" };
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, reason: "failed", message: `the browser refused to save (${message})` };
}

export interface Outcome {
  /** What the transaction gives once it completes. */
  set(result: SaveResult): void;
  /** Ends it with nothing written. */
  abort(result: SaveResult): void;
  fail(error: unknown): void;
}

/** A readwrite transaction whose `body` says how it went; all or nothing. */
export function writing(
  db: IDBDatabase,
  stores: string[],
  body: (tx: IDBTransaction, outcome: Outcome) => void,
): Promise<SaveResult> {
  return new Promise<SaveResult>((resolve) => {
    let result: SaveResult | undefined;
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, "readwrite");
    } catch (error) {
      resolve(describeFailure(error));
      return;
    }
    const abort = (next: SaveResult) => {
      result = next;
      try {
        tx.abort();
      } catch {
        // already ending
      }
    };
    const fail = (error: unknown) => abort(describeFailure(error));
    tx.oncomplete = () => resolve(result ?? describeFailure(new Error("nothing saved")));
    tx.onabort = () => resolve(result ?? describeFailure(tx.error));
    // A request that fails (storage full…) ends the save with nothing written.
    tx.onerror = (event) => {
      event.preventDefault();
      if (!result || result.ok) fail((event.target as IDBRequest | null)?.error);
    };
    body(tx, { set: (next) => (result = next), abort, fail });
  });
}
