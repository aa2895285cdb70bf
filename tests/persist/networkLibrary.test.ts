import { afterEach, describe, expect, it, vi } from "vitest";
import { IDBFactory, IDBObjectStore } from "fake-indexeddb";
import {
  createMemoryLibrary,
  openLibrary,
  type NetworkLibrary,
} from "../../src/persist/networkLibrary";
import {
  newStoredId,
  readStored,
  STORE_FORMAT,
  storedRecord,
} from "../../src/persist/storedNetwork";
import { chainWithParallels } from "../fixtures/documents";
import { largeNetworkDocument } from "../fixtures/largeNetwork";

const entry = (id: string, title = "Chain", updatedAt = 1000) => ({
  id,
  document: { ...chainWithParallels(), title },
  view: "actor=a",
  updatedAt,
});

afterEach(() => vi.restoreAllMocks());

describe.each([
  ["IndexedDB", () => openLibrary(new IDBFactory())],
  ["memory", async () => createMemoryLibrary()],
])("the network library (%s)", (_name, make: () => Promise<NetworkLibrary>) => {
  it("saves, lists newest first, loads exactly and removes", async () => {
    const library = await make();
    expect(await library.save(entry("one", "First", 1000), 0)).toEqual({ ok: true, revision: 1 });
    expect(await library.save(entry("two", "Second", 2000), 0)).toEqual({ ok: true, revision: 1 });
    const listing = await library.list();
    expect(listing.networks.map((n) => [n.id, n.title, n.actors, n.ties])).toEqual([
      ["two", "Second", 3, 4],
      ["one", "First", 3, 4],
    ]);
    const loaded = await library.load("one");
    expect(loaded).toEqual({
      ok: true,
      migrated: false,
      network: { ...entry("one", "First", 1000), storeFormat: STORE_FORMAT, revision: 1 },
    });
    await library.remove("one");
    expect(await library.load("one")).toBeUndefined();
  });

  it("saves a view alone into the stored copy, on the same revision terms", async () => {
    const library = await make();
    const document = largeNetworkDocument({ actors: 300, ties: 900, seed: 4 });
    await library.save({ id: "v", document, view: "", updatedAt: 1 }, 0);
    expect(await library.saveView({ id: "v", view: "actor=a2", updatedAt: 9 }, 1)).toEqual({
      ok: true,
      revision: 2,
    });
    const loaded = await library.load("v");
    expect(loaded?.ok && loaded.network).toMatchObject({
      document,
      view: "actor=a2",
      updatedAt: 9,
      revision: 2,
    });
    expect(await library.saveView({ id: "v", view: "", updatedAt: 10 }, 1)).toMatchObject({
      ok: false,
      reason: "conflict",
      storedRevision: 2,
    });
    // a network removed meanwhile gets no record holding a view and no document
    expect(await library.saveView({ id: "gone", view: "", updatedAt: 1 }, 0)).toMatchObject({
      ok: false,
      reason: "failed",
    });
    expect(await library.load("gone")).toBeUndefined();
  });

  it("refuses a save based on an older revision: two tabs never overwrite each other", async () => {
    const library = await make();
    await library.save(entry("n"), 0);
    expect(await library.save(entry("n", "Tab A"), 1)).toEqual({ ok: true, revision: 2 });
    // Tab B still thinks revision 1 is the latest
    const result = await library.save(entry("n", "Tab B"), 1);
    expect(result).toMatchObject({ ok: false, reason: "conflict", storedRevision: 2 });
    const kept = await library.load("n");
    expect(kept?.ok && kept.network.document.title).toBe("Tab A");
  });
});

describe("stored records", () => {
  it("reports a record of an unknown store format instead of dropping it", async () => {
    const factory = new IDBFactory();
    const library = await openLibrary(factory);
    await library.save(entry("good"), 0);
    // a later version of the app wrote this one
    const db = await new Promise<IDBDatabase>((resolve) => {
      const open = factory.open("backchannel");
      open.onsuccess = () => resolve(open.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction("networks", "readwrite");
      tx.objectStore("networks").put({
        id: "future",
        storeFormat: "backchannel-store/9",
        document: {},
        updatedAt: 5,
      });
      tx.oncomplete = () => resolve();
    });
    const listing = await library.list();
    expect(listing.networks.map((n) => n.id)).toEqual(["good"]);
    expect(listing.unreadable).toEqual([
      {
        id: "future",
        message:
          'stored network "future" is in store format "backchannel-store/9", which this version of Backchannel does not know (it is kept as it is)',
      },
    ]);
  });

  it("migrates the unversioned first form", () => {
    const reading = readStored({ id: "old", document: chainWithParallels(), updatedAt: 7 });
    expect(reading).toEqual({
      ok: true,
      migrated: true,
      network: {
        storeFormat: STORE_FORMAT,
        id: "old",
        document: chainWithParallels(),
        view: "",
        updatedAt: 7,
        revision: 0,
      },
    });
  });

  it("reads store format 1 (document and history as objects) as it is", () => {
    const history = { past: [{ label: "add actor C", ops: [] }], future: [] };
    const reading = readStored({
      id: "v1",
      storeFormat: "backchannel-store/1",
      document: chainWithParallels(),
      view: "actor=a",
      updatedAt: 3,
      revision: 4,
      history,
    });
    expect(reading).toEqual({
      ok: true,
      migrated: false,
      network: {
        storeFormat: STORE_FORMAT,
        id: "v1",
        document: chainWithParallels(),
        view: "actor=a",
        updatedAt: 3,
        revision: 4,
        history,
      },
    });
  });

  it("writes the document and the history as JSON text, and reports text that is not JSON", async () => {
    const history = { past: [{ label: "add actor C", ops: [] }], future: [] };
    const record = await storedRecord({ ...entry("t"), history }, 2);
    expect(record).toEqual({
      storeFormat: STORE_FORMAT,
      id: "t",
      view: "actor=a",
      updatedAt: 1000,
      revision: 2,
      summary: { title: "Chain", actors: 3, ties: 4 },
      documentJson: JSON.stringify(entry("t").document),
      historyJson: JSON.stringify(history),
    });
    expect(readStored({ ...record, documentJson: '{"format":' })).toEqual({
      ok: false,
      id: "t",
      message: 'stored network "t" is damaged: its text is not JSON (it is kept as it is)',
    });
  });

  it("reports a stored document that no longer passes the checks, naming the problem", () => {
    const document = { ...chainWithParallels(), actors: [] };
    const reading = readStored({
      id: "x",
      storeFormat: STORE_FORMAT,
      documentJson: JSON.stringify(document),
      updatedAt: 1,
      revision: 1,
    });
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.message).toMatch(
      /^stored network "x" no longer passes the document checks: ties\[0\]\.source: no actor "a"/,
    );
  });

  it("makes short random ids from a fixed alphabet", () => {
    let n = 0;
    const id = newStoredId(() => (n++ % 10) / 10);
    expect(id).toMatch(/^[a-z2-9]{10}$/);
    // alphabet a–k, m, n, p–z, 2–9 (32 signs, no l/o/0/1); r = 0, .1 … .9 → ⌊32r⌋ = 0, 3, 6, 9,
    // 12, 16, 19, 22, 25, 28 → a d g j n s v y 3 6
    expect(id).toBe("adgjnsvy36");
  });
});

describe("when storage fails", () => {
  it("says so when the storage is full and keeps what was saved before", async () => {
    const library = await openLibrary(new IDBFactory());
    await library.save(entry("n", "Saved"), 0);
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(() => {
      throw new DOMException("quota", "QuotaExceededError");
    });
    expect(await library.save(entry("n", "Too big"), 1)).toEqual({
      ok: false,
      reason: "full",
      message: "the browser's storage for this site is full",
    });
    vi.restoreAllMocks();
    const kept = await library.load("n");
    expect(kept?.ok && kept.network.document.title).toBe("Saved");
  });

  it("a save that fails half-way through a large document's pieces leaves the saved one whole", async () => {
    const library = await openLibrary(new IDBFactory());
    const large = (title: string) => ({
      ...entry("big"),
      document: { ...largeNetworkDocument({ actors: 500, ties: 1500, seed: 5 }), title },
    });
    // about 400 kB of text: four pieces
    expect(JSON.stringify(large("x").document).length).toBeGreaterThan(3 * 128 * 1024);
    expect(await library.save(large("First"), 0)).toEqual({ ok: true, revision: 1 });
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, "put").mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore["put"]>
    ) {
      if (++puts === 3) throw new DOMException("quota", "QuotaExceededError");
      return put.apply(this, args);
    });
    expect(await library.save(large("Second"), 1)).toMatchObject({ ok: false, reason: "full" });
    vi.restoreAllMocks();
    const kept = await library.load("big");
    expect(kept?.ok && kept.network.document).toEqual(large("First").document);
    expect(kept?.ok && kept.network.revision).toBe(1);
    // and the next save goes through, from the revision kept
    expect(await library.save(large("Second"), 1)).toEqual({ ok: true, revision: 2 });
    const second = await library.load("big");
    expect(second?.ok && second.network.document).toEqual(large("Second").document);
    expect((await library.list()).networks).toEqual([
      { id: "big", title: "Second", actors: 500, ties: 1500, updatedAt: 1000 },
    ]);
    await library.remove("big");
    expect(await library.load("big")).toBeUndefined();
  });

  it("falls back to memory with the reason when IndexedDB is missing or blocked", async () => {
    const none = await openLibrary(undefined);
    expect(none.kind).toBe("memory");
    expect(none.problem).toMatch(/cannot be saved in this browser \(no IndexedDB\)/);
    const throwing = {
      open: () => {
        throw new DOMException("denied", "SecurityError");
      },
    } as unknown as IDBFactory;
    const blocked = await openLibrary(throwing);
    expect(blocked.kind).toBe("memory");
    expect(blocked.problem).toMatch(/denied/);
    expect(await blocked.save(entry("m"), 0)).toEqual({ ok: true, revision: 1 });
  });

  it("falls back to memory when IndexedDB never answers", async () => {
    vi.useFakeTimers();
    const silent = { open: () => ({}) } as unknown as IDBFactory;
    const pending = openLibrary(silent, 3000);
    await vi.advanceTimersByTimeAsync(3000);
    const library = await pending;
    vi.useRealTimers();
    expect(library.kind).toBe("memory");
    expect(library.problem).toMatch(/storage did not answer/);
  });
});
