// Taking back the change kept as the page closed (persist/unsavedRescue.ts writes it): through the
// same checks as any stored network. Loaded with the storage part of the page (app/storage.ts).
import { readStored, type StoredNetwork } from "./storedNetwork";
import { dropRescue, KEY_PREFIX, type RescueStorage } from "./unsavedRescue";

/**
 * The network as it was when the page closed, if a change to it was not saved and the stored
 * copy is still at the revision that change was based on (`storedRevision`: 0 when it was never
 * stored). The rescue is taken: it is forgotten either way.
 */
export function takeRescue(
  storage: RescueStorage | undefined,
  id: string,
  storedRevision: number,
): StoredNetwork | undefined {
  let text: string | null = null;
  try {
    text = storage?.getItem(KEY_PREFIX + id) ?? null;
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  dropRescue(storage, id);
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof saved !== "object" || saved === null) return undefined;
  const { base, record } = saved as { base?: unknown; record?: unknown };
  if (base !== storedRevision) return undefined;
  const reading = readStored(record);
  if (!reading.ok || reading.network.id !== id) return undefined;
  return { ...reading.network, revision: storedRevision };
}
