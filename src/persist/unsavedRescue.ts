// The last change not yet saved when the page closes. Autosave writes to IndexedDB shortly after
// a change, and IndexedDB is asynchronous: a reload or a closed tab within that moment (or while a
// large network's save still runs) would lose the change. So as the page is hidden or closes, the
// change waiting is written synchronously to localStorage, with the revision its save was based
// on; when that network is next opened, it is taken back if the stored copy is still at that
// revision (a later save, this page's own or another tab's, makes it stale). It goes through the
// same checks as any stored network (persist/rescueReading.ts, with the storage part of the page:
// this writing half is on the page from the start and stays small). Networks too large for
// localStorage (about 5 MB) cannot be rescued this way; their save is only as sure as IndexedDB.
import type { StoredNetwork } from "./storedNetwork";
import { OBJECTS_FORMAT } from "./storeFormats";

export const KEY_PREFIX = "backchannel-unsaved:";
/** localStorage holds about 5 million characters per site; a rescue leaves room for the rest. */
export const MAX_RESCUE_CHARS = 4_000_000;

export type RescueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** The page's localStorage, or undefined where it is refused (a sandboxed frame, privacy modes). */
export function pageStorage(): RescueStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Writes the change waiting; false when it could not be (too large, storage refused or full). */
export function writeRescue(
  storage: RescueStorage | undefined,
  unsaved: { network: Omit<StoredNetwork, "revision" | "storeFormat">; base: number },
): boolean {
  if (!storage) return false;
  const { network, base } = unsaved;
  // Store format 1's shape (the document and history as objects), which readStored reads.
  const text = JSON.stringify({
    base,
    record: { ...network, storeFormat: OBJECTS_FORMAT, revision: base },
  });
  try {
    if (text.length > MAX_RESCUE_CHARS) {
      storage.removeItem(KEY_PREFIX + network.id);
      return false;
    }
    storage.setItem(KEY_PREFIX + network.id, text);
    return true;
  } catch {
    return false;
  }
}

/** Forgets a network's rescue (its change was saved). */
export function dropRescue(storage: RescueStorage | undefined, id: string): void {
  try {
    storage?.removeItem(KEY_PREFIX + id);
  } catch {
    // nothing kept, nothing to drop
  }
}
