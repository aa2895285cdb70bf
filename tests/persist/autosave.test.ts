import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutosave, type AutosaveStatus } from "../../src/persist/autosave";
import { createMemoryLibrary, type NetworkLibrary } from "../../src/persist/networkLibrary";
import { chainWithParallels } from "../fixtures/documents";

const snapshot = (title: string) => () => ({
  id: "n",
  document: { ...chainWithParallels(), title },
  view: "",
  updatedAt: 10,
});

/** The library's next save waits until the returned function is called. */
function holdFirstSave(library: NetworkLibrary): () => void {
  let release = () => undefined as void;
  const save = library.save.bind(library);
  vi.spyOn(library, "save").mockImplementationOnce(
    (record, base) =>
      new Promise((resolve) => {
        release = () => resolve(save(record, base));
      }),
  );
  return () => release();
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("autosave", () => {
  it("saves the last of several quick changes once, within the delay", async () => {
    const library = createMemoryLibrary();
    const save = vi.spyOn(library, "save");
    const statuses: AutosaveStatus[] = [];
    const autosave = createAutosave(library, {
      delayMs: 400,
      onStatus: (s) => statuses.push(s),
      now: () => 42,
    });
    autosave.open("n", 0);
    autosave.changed(snapshot("one"));
    autosave.changed(snapshot("two"));
    await vi.advanceTimersByTimeAsync(399);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    const stored = await library.load("n");
    expect(stored?.ok && stored.network.document.title).toBe("two");
    expect(statuses).toEqual([{ state: "saved", at: 42 }]);
    expect(autosave.revision()).toBe(1);
  });

  it("stops saving a network another tab changed, and says so", async () => {
    const library = createMemoryLibrary();
    await library.save(snapshot("base")(), 0);
    const statuses: AutosaveStatus[] = [];
    const autosave = createAutosave(library, { onStatus: (s) => statuses.push(s) });
    autosave.open("n", 1);
    // the other tab saves revision 2
    await library.save(snapshot("other tab")(), 1);
    autosave.changed(snapshot("this tab"));
    await autosave.flush();
    expect(statuses).toEqual([
      {
        state: "conflict",
        message: "this network was changed in another tab since this one opened it",
      },
    ]);
    autosave.changed(snapshot("again"));
    await autosave.flush();
    const stored = await library.load("n");
    expect(stored?.ok && stored.network.document.title).toBe("other tab");
  });

  it("reports a failed save and tries again with the next change", async () => {
    const library = createMemoryLibrary();
    const statuses: AutosaveStatus[] = [];
    const autosave = createAutosave(library, { onStatus: (s) => statuses.push(s), now: () => 7 });
    autosave.open("n", 0);
    vi.spyOn(library, "save").mockResolvedValueOnce({ ok: false, reason: "full", message: "full" });
    autosave.changed(snapshot("one"));
    await autosave.flush();
    autosave.changed(snapshot("two"));
    await autosave.flush();
    expect(statuses).toEqual([
      { state: "failed", message: "full" },
      { state: "saved", at: 7 },
    ]);
  });

  it("does not say saved while a change made during the save still waits", async () => {
    const library = createMemoryLibrary();
    const statuses: AutosaveStatus[] = [];
    const autosave = createAutosave(library, {
      delayMs: 400,
      onStatus: (s) => statuses.push(s),
      now: () => 5,
    });
    autosave.open("n", 0);
    // the first save is slow: a second change (an undo) arrives while it runs
    const release = holdFirstSave(library);
    autosave.changed(snapshot("edited"));
    await vi.advanceTimersByTimeAsync(400);
    autosave.changed(snapshot("undone"));
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(statuses).toEqual([{ state: "saved", at: 5 }]);
    const stored = await library.load("n");
    expect(stored?.ok && stored.network.document.title).toBe("undone");
  });

  it("does not say saved while a later change waits behind the save", async () => {
    const library = createMemoryLibrary();
    const statuses: AutosaveStatus[] = [];
    const autosave = createAutosave(library, { delayMs: 400, onStatus: (s) => statuses.push(s) });
    autosave.open("n", 0);
    const release = holdFirstSave(library);
    autosave.changed(snapshot("edited"));
    await vi.advanceTimersByTimeAsync(400);
    // the second change's delay ends while the first save still runs: it is queued behind it
    autosave.changed(snapshot("undone"));
    await vi.advanceTimersByTimeAsync(400);
    const first = await library.load("n");
    expect(first).toBeUndefined();
    release();
    await autosave.flush();
    expect(statuses).toHaveLength(1);
    const stored = await library.load("n");
    expect(stored?.ok && stored.network.document.title).toBe("undone");
  });

  it("hears about a newer save of the same network from another tab", () => {
    const listeners: ((event: Event) => void)[] = [];
    const channel = {
      postMessage: vi.fn(),
      addEventListener: (_: string, listener: (event: Event) => void) => listeners.push(listener),
      removeEventListener: vi.fn(),
      close: vi.fn(),
    };
    const elsewhere = vi.fn();
    const autosave = createAutosave(createMemoryLibrary(), {
      onStatus: () => undefined,
      onSavedElsewhere: elsewhere,
      channel: channel as never,
    });
    autosave.open("n", 3);
    const send = (data: unknown) =>
      listeners.forEach((l) => l(new MessageEvent("message", { data })));
    send({ id: "other", revision: 9 });
    send({ id: "n", revision: 3 });
    send({ id: "n", revision: 4 });
    expect(elsewhere.mock.calls).toEqual([["n", 4]]);
  });
});

describe("autosave across networks", () => {
  it("saves a change still waiting as the network it belongs to when another opens", async () => {
    vi.useFakeTimers();
    const library = createMemoryLibrary();
    const autosave = createAutosave(library, { onStatus: () => undefined });
    autosave.open("first", 0);
    autosave.changed(() => ({
      id: "first",
      document: { ...chainWithParallels(), title: "First" },
      view: "",
      updatedAt: 1,
    }));
    autosave.open("second", 0);
    autosave.changed(() => ({
      id: "second",
      document: { ...chainWithParallels(), title: "Second" },
      view: "",
      updatedAt: 2,
    }));
    await autosave.flush();
    const first = await library.load("first");
    const second = await library.load("second");
    expect(first?.ok && first.network.document.title).toBe("First");
    expect(second?.ok && second.network.document.title).toBe("Second");
    vi.useRealTimers();
  });
});

describe("saving the view alone", () => {
  const viewed = (title: string, view: string, updatedAt: number) => () => ({
    id: "n",
    document: { ...chainWithParallels(), title },
    view,
    updatedAt,
  });

  it("writes a stored network's new view without its document", async () => {
    const library = createMemoryLibrary();
    await library.save(viewed("stored", "", 1)(), 0);
    const save = vi.spyOn(library, "save");
    const saveView = vi.spyOn(library, "saveView");
    const autosave = createAutosave(library, { onStatus: () => undefined });
    autosave.open("n", 1);
    // the snapshot's document is not read for a view: a different title would show if it were
    autosave.changed(viewed("not written", "x=1,2,0.5", 5), true);
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
    expect(saveView).toHaveBeenCalledWith({ id: "n", view: "x=1,2,0.5", updatedAt: 5 }, 1);
    const stored = await library.load("n");
    expect(stored?.ok && [stored.network.document.title, stored.network.view]).toEqual([
      "stored",
      "x=1,2,0.5",
    ]);
    expect(stored?.ok && stored.network.revision).toBe(2);
    expect(autosave.revision()).toBe(2);
  });

  it("writes the document too while a change to it waits, or before it was ever stored", async () => {
    const library = createMemoryLibrary();
    const saveView = vi.spyOn(library, "saveView");
    const autosave = createAutosave(library, { onStatus: () => undefined });
    autosave.open("n", 0); // a file just opened: not stored yet
    autosave.changed(viewed("first", "a=1", 1), true);
    await autosave.flush();
    autosave.changed(viewed("edited", "a=1", 2)); // an edit…
    autosave.changed(viewed("edited", "a=2", 3), true); // …then a pan before it is saved
    await autosave.flush();
    expect(saveView).not.toHaveBeenCalled();
    const stored = await library.load("n");
    expect(stored?.ok && [stored.network.document.title, stored.network.view]).toEqual([
      "edited",
      "a=2",
    ]);
  });

  it("writes the document again with the next view after its save failed", async () => {
    const library = createMemoryLibrary();
    await library.save(viewed("stored", "", 1)(), 0);
    const autosave = createAutosave(library, { onStatus: () => undefined });
    autosave.open("n", 1);
    vi.spyOn(library, "save").mockResolvedValueOnce({ ok: false, reason: "full", message: "full" });
    autosave.changed(viewed("edited", "", 2));
    await autosave.flush();
    autosave.changed(viewed("edited", "b=1", 3), true);
    await autosave.flush();
    const stored = await library.load("n");
    expect(stored?.ok && [stored.network.document.title, stored.network.view]).toEqual([
      "edited",
      "b=1",
    ]);
  });
});

describe("the change not yet saved, for the page's last moment", () => {
  it("is the change waiting, then the one whose save runs, then none once saved", async () => {
    const library = createMemoryLibrary();
    const autosave = createAutosave(library, { delayMs: 400, onStatus: () => undefined });
    autosave.open("n", 0);
    expect(autosave.unsaved()).toBeUndefined();
    autosave.changed(snapshot("waiting"));
    expect(autosave.unsaved()).toMatchObject({
      base: 0,
      network: { id: "n", document: { title: "waiting" } },
    });
    const release = holdFirstSave(library);
    await vi.advanceTimersByTimeAsync(400);
    // its save runs and has not ended
    expect(autosave.unsaved()).toMatchObject({
      base: 0,
      network: { document: { title: "waiting" } },
    });
    release();
    await autosave.flush();
    expect(autosave.unsaved()).toBeUndefined();
  });

  it("is a change whose save failed, until one succeeds", async () => {
    const library = createMemoryLibrary();
    await library.save(snapshot("stored")(), 0);
    const autosave = createAutosave(library, { onStatus: () => undefined });
    autosave.open("n", 1);
    vi.spyOn(library, "save").mockResolvedValueOnce({ ok: false, reason: "full", message: "full" });
    autosave.changed(snapshot("not saved"));
    await autosave.flush();
    expect(autosave.unsaved()).toMatchObject({
      base: 1,
      network: { document: { title: "not saved" } },
    });
    autosave.changed(snapshot("saved"));
    await autosave.flush();
    expect(autosave.unsaved()).toBeUndefined();
  });

  it("is not a view alone over a document that is saved", async () => {
    const library = createMemoryLibrary();
    await library.save(snapshot("stored")(), 0);
    const autosave = createAutosave(library, { onStatus: () => undefined });
    autosave.open("n", 1);
    autosave.changed(snapshot("stored"), true);
    expect(autosave.unsaved()).toBeUndefined();
    // …but a view waiting after a document change that is not saved yet carries the document
    autosave.changed(snapshot("changed"));
    autosave.changed(snapshot("changed"), true);
    expect(autosave.unsaved()).toMatchObject({ network: { document: { title: "changed" } } });
  });
});
