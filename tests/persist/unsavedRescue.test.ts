import { describe, expect, it } from "vitest";
import { MAX_RESCUE_CHARS, writeRescue, type RescueStorage } from "../../src/persist/unsavedRescue";
import { takeRescue } from "../../src/persist/rescueReading";
import { chainWithParallels } from "../fixtures/documents";

function memoryStorage(): RescueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const network = (title: string) => ({
  id: "abc123",
  document: { ...chainWithParallels(), title },
  view: "actor=a",
  updatedAt: 77,
  history: { past: [], future: [] },
});

describe("the change kept as the page closed", () => {
  it("comes back when the stored copy is still at the revision it was based on, once", () => {
    const storage = memoryStorage();
    expect(writeRescue(storage, { network: network("rescued"), base: 3 })).toBe(true);
    const taken = takeRescue(storage, "abc123", 3);
    expect(taken).toMatchObject({
      id: "abc123",
      revision: 3,
      view: "actor=a",
      updatedAt: 77,
      document: { title: "rescued" },
    });
    expect(taken?.document).toEqual({ ...chainWithParallels(), title: "rescued" });
    expect(takeRescue(storage, "abc123", 3)).toBeUndefined();
  });

  it("can be kept again as it was taken (a network that could not be drawn)", () => {
    const storage = memoryStorage();
    writeRescue(storage, { network: network("rescued"), base: 3 });
    const taken = takeRescue(storage, "abc123", 3)!;
    expect(writeRescue(storage, { network: taken, base: taken.revision })).toBe(true);
    expect(takeRescue(storage, "abc123", 3)).toEqual(taken);
  });

  it("comes back for a network that was never stored (revision 0)", () => {
    const storage = memoryStorage();
    writeRescue(storage, { network: network("first save"), base: 0 });
    expect(takeRescue(storage, "abc123", 0)?.document.title).toBe("first save");
  });

  it("is dropped when a later save (this page's or another tab's) moved the stored copy on", () => {
    const storage = memoryStorage();
    writeRescue(storage, { network: network("stale"), base: 3 });
    expect(takeRescue(storage, "abc123", 4)).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });

  it("is dropped when it does not pass the document checks or names another network", () => {
    const storage = memoryStorage();
    storage.setItem("backchannel-unsaved:abc123", "{not json");
    expect(takeRescue(storage, "abc123", 0)).toBeUndefined();
    const broken = { ...network("x"), document: { ...chainWithParallels(), actors: "nobody" } };
    storage.setItem(
      "backchannel-unsaved:abc123",
      JSON.stringify({ base: 0, record: { ...broken, storeFormat: "backchannel-store/1" } }),
    );
    expect(takeRescue(storage, "abc123", 0)).toBeUndefined();
    storage.setItem(
      "backchannel-unsaved:abc123",
      JSON.stringify({
        base: 0,
        record: { ...network("x"), id: "other", storeFormat: "backchannel-store/1" },
      }),
    );
    expect(takeRescue(storage, "abc123", 0)).toBeUndefined();
    expect(storage.items.size).toBe(0);
  });

  it("is not written when too large for localStorage, or when storage refuses", () => {
    const storage = memoryStorage();
    const big = network("big");
    big.document = { ...big.document, description: "x".repeat(MAX_RESCUE_CHARS) };
    expect(writeRescue(storage, { network: big, base: 0 })).toBe(false);
    expect(storage.items.size).toBe(0);
    const full: RescueStorage = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    expect(writeRescue(full, { network: network("x"), base: 0 })).toBe(false);
    expect(writeRescue(undefined, { network: network("x"), base: 0 })).toBe(false);
  });
});
