import { describe, expect, it } from "vitest";
import type { NetworkDocument, Tie } from "../../src/schema/networkDocument";
import {
  addActor,
  addSource,
  addTie,
  arrange,
  deleteActor,
  deleteSource,
  deleteTie,
  mergeActors,
  newId,
  setDetails,
  shortName,
  tiesLeftWithoutEvidence,
  updateActor,
  updateTie,
} from "../../src/edit/editCommands";
import { applyPatch, invertPatch } from "../../src/edit/documentPatch";
import { commitPatch, problemsByField } from "../../src/edit/commitEdit";
import { chainWithParallels, seedJson } from "../fixtures/documents";

const evidence = [{ source: "report", attribution: "an aide said" }];

function commit(doc: NetworkDocument, patch: ReturnType<typeof addActor>): NetworkDocument {
  const result = commitPatch(doc, patch);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("; "));
  return result.document;
}

describe("edit commands", () => {
  it("adds an actor at the end with a readable, unique id", () => {
    const doc = chainWithParallels();
    expect(newId(doc, "actors", "Alpha")).toBe("alpha");
    const withA = {
      ...doc,
      actors: [...doc.actors, { id: "alpha", name: "x", kind: "person" as const }],
    };
    expect(newId(withA, "actors", "Alpha")).toBe("alpha-2");
    expect(newId(doc, "actors", "عبد")).toBe("actor");
    const patch = addActor(doc, { id: "d", name: "Delta", kind: "media" }, { x: 5, y: 7 });
    const next = commit(doc, patch);
    expect(next.actors.map((a) => a.id)).toEqual(["a", "b", "c", "d"]);
    expect(next.layout?.positions.d).toEqual({ x: 5, y: 7 });
    expect(patch.label).toBe("add actor Delta");
  });

  it("deleting an actor takes its ties and position with it, and undo restores them in place", () => {
    const doc = {
      ...chainWithParallels(),
      layout: { positions: { b: { x: 1, y: 2 }, c: { x: 3, y: 4 } } },
    };
    const patch = deleteActor(doc, "b");
    // b is in every tie of the chain: t1, t2 (a→b), t3 (b→c), t4 (c→b)
    expect(patch.label).toBe("delete actor Bravo and 4 ties");
    const next = commit(doc, patch);
    expect(next.actors.map((a) => a.id)).toEqual(["a", "c"]);
    expect(next.ties).toEqual([]);
    expect(next.layout?.positions).toEqual({ c: { x: 3, y: 4 } });
    expect(applyPatch(next, invertPatch(patch))).toStrictEqual(doc);
  });

  it("merging moves ties and names to the actor kept", () => {
    const doc = chainWithParallels();
    const patch = mergeActors(doc, "c", "a");
    const next = commit(doc, patch);
    expect(next.actors.map((a) => a.id)).toEqual(["b", "c"]);
    const charlie = next.actors.find((a) => a.id === "c")!;
    expect(charlie.aliases).toEqual(["Alpha"]);
    // a→b twice becomes c→b; b→c and c→b stay
    expect(next.ties.map((t) => `${t.source}>${t.target}`)).toEqual(["c>b", "c>b", "b>c", "c>b"]);
    expect(patch.label).toBe("merge Alpha into Charlie");
    expect(applyPatch(next, invertPatch(patch))).toStrictEqual(doc);
  });

  it("a source used as evidence is not deleted until the user says what happens to it", () => {
    const doc = commit(
      chainWithParallels(),
      addSource(chainWithParallels(), { id: "other", publisher: "Weekly", title: "Another" }),
    );
    expect(() => deleteSource(doc, "report")).toThrow(/evidence for 4 ties/);
    const moved = commit(doc, deleteSource(doc, "report", { evidence: "reassign", to: "other" }));
    expect(moved.sources.map((s) => s.id)).toEqual(["other"]);
    expect(moved.ties.every((t) => t.evidence.every((e) => e.source === "other"))).toBe(true);
    // Removing the evidence deletes the ties that had no other: here all four.
    expect(tiesLeftWithoutEvidence(doc, "report").map((t) => t.id)).toEqual([
      "t1",
      "t2",
      "t3",
      "t4",
    ]);
    const removed = commit(doc, deleteSource(doc, "report", { evidence: "remove" }));
    expect(removed.ties).toEqual([]);
    expect(() => deleteSource(doc, "report", { evidence: "reassign", to: "report" })).toThrow();
  });

  it("keeps evidence from other sources when one source is removed", () => {
    const base = commit(
      chainWithParallels(),
      addSource(chainWithParallels(), { id: "other", publisher: "Weekly", title: "Another" }),
    );
    const t1 = base.ties[0]!;
    const doc = commit(
      base,
      updateTie(base, {
        ...t1,
        evidence: [...t1.evidence, { source: "other", attribution: "a diplomat" }],
      }),
    );
    const next = commit(doc, deleteSource(doc, "report", { evidence: "remove" }));
    expect(next.ties.map((t) => t.id)).toEqual(["t1"]);
    expect(next.ties[0]!.evidence).toEqual([{ source: "other", attribution: "a diplomat" }]);
  });

  it("names ties by their ends and long names are shortened", () => {
    const doc = chainWithParallels();
    const tie: Tie = {
      id: "t9",
      source: "a",
      target: "c",
      kind: "call",
      summary: "s",
      status: "reported",
      evidence,
    };
    expect(addTie(doc, tie).label).toBe("add tie Alpha → Charlie");
    expect(deleteTie(doc, "t3").label).toBe("delete tie Bravo → Charlie");
    expect(shortName("x".repeat(10_000)).length).toBe(32);
    expect(shortName("Hamas official outside Gaza and more words", 20)).toBe(
      "Hamas official outs…",
    );
  });

  it("edits the network details and arrangement as undoable patches", () => {
    const doc = chainWithParallels();
    const details = setDetails(doc, { title: "Renamed", asOf: "2025-06" });
    const next = commit(doc, details);
    expect(next.title).toBe("Renamed");
    expect(next.asOf).toBe("2025-06");
    expect(applyPatch(next, invertPatch(details))).toStrictEqual(doc);
    const move = arrange(doc, "move Alpha", [{ id: "a", after: { x: 10, y: -3 } }]);
    const moved = commit(doc, move);
    expect(moved.layout).toEqual({ positions: { a: { x: 10, y: -3 } } });
    expect(applyPatch(moved, invertPatch(move))).toStrictEqual(doc);
  });

  it("pins and releases actors with their moves, and undo restores the pinned list exactly", () => {
    const doc = chainWithParallels();
    const move = arrange(doc, "move Alpha", [{ id: "a", after: { x: 1, y: 2 } }], { pin: ["a"] });
    const moved = commit(doc, move);
    expect(moved.layout).toEqual({ positions: { a: { x: 1, y: 2 } }, pinned: ["a"] });
    const release = arrange(moved, "release Alpha", [], { unpin: ["a"] });
    const released = commit(moved, release);
    expect(released.layout).toEqual({ positions: { a: { x: 1, y: 2 } } });
    expect(applyPatch(released, invertPatch(release))).toStrictEqual(moved);
    // deleting a pinned actor forgets its pin too
    const gone = commit(moved, deleteActor(moved, "a"));
    expect(gone.layout).toEqual({ positions: {} });
    expect(applyPatch(gone, invertPatch(deleteActor(moved, "a")))).toStrictEqual(moved);
  });

  it("a pinned actor needs a position and must exist", () => {
    const doc = chainWithParallels();
    const result = commitPatch(doc, arrange(doc, "pin", [], { pin: ["a"] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      {
        path: "layout.pinned[0]",
        message: '"a" is pinned but has no position in layout.positions',
      },
    ]);
  });

  it("a move of an actor that does not exist is refused, though only the layout is checked again", () => {
    const doc = chainWithParallels();
    const result = commitPatch(doc, arrange(doc, "move", [{ id: "alfa", after: { x: 1, y: 1 } }]));
    expect(!result.ok && result.problems).toEqual([
      { path: "layout.positions.alfa", message: 'no actor "alfa"' },
    ]);
  });

  it('an actor named Constructor gets an id that is not Object.prototype\'s "constructor"', () => {
    const doc = chainWithParallels();
    const id = newId(doc, "actors", "Constructor");
    expect(id).toBe("constructor-2");
    const next = commit(doc, addActor(doc, { id, name: "Constructor", kind: "person" }));
    const moved = commit(next, arrange(next, "move", [{ id, after: { x: 1, y: 1 } }]));
    expect(moved.layout?.positions[id]).toEqual({ x: 1, y: 1 });
    const gone = commit(moved, deleteActor(moved, id));
    expect(Object.hasOwn(gone.layout!.positions, id)).toBe(false);
    // The id itself is refused at the schema's gate (graphology indexes nodes in plain objects).
    const refused = commitPatch(
      doc,
      addActor(doc, { id: "constructor", name: "Constructor", kind: "person" }),
    );
    expect(refused.ok).toBe(false);
  });
});

describe("committing edits", () => {
  it("rejects an invalid record with problems at its fields and changes nothing", () => {
    const doc = chainWithParallels();
    const result = commitPatch(
      doc,
      updateActor(doc, { id: "a", name: "  ", kind: "person", links: ["javascript:alert(1)"] }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = problemsByField(result.problems);
    expect(byField.get("name")).toEqual(["name must not be empty"]);
    expect(byField.get("links[0]")).toEqual(["must be an http(s) link"]);
  });

  it("rejects a tie to an actor that does not exist, with a did-you-mean hint", () => {
    const doc = chainWithParallels();
    const tie: Tie = {
      id: "t9",
      source: "a",
      target: "charlei",
      kind: "call",
      summary: "s",
      status: "reported",
      evidence,
    };
    const result = commitPatch(doc, addTie(doc, tie));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ path: "ties[4].target", message: 'no actor "charlei"' }]);
  });

  it("normalises what it commits the way files are read (trimmed text)", () => {
    const doc = chainWithParallels();
    const result = commitPatch(
      doc,
      updateActor(doc, { id: "a", name: "  Alpha One ", kind: "person" }),
    );
    expect(result.ok && result.document.actors[0]!.name).toBe("Alpha One");
    expect(result.ok && result.patch.ops[0]).toMatchObject({ after: { name: "Alpha One" } });
  });

  it("refuses a position that is not a finite number", () => {
    const doc = chainWithParallels();
    const result = commitPatch(doc, arrange(doc, "move", [{ id: "a", after: { x: NaN, y: 0 } }]));
    expect(result.ok).toBe(false);
  });

  it("edits the seed: renaming Witkoff leaves every other record as it was", () => {
    const doc = seedJson();
    const witkoff = doc.actors.find((a) => a.id === "steve-witkoff")!;
    const next = commit(doc, updateActor(doc, { ...witkoff, name: "Steven Witkoff" }));
    expect(next.actors.filter((a, i) => a !== doc.actors[i]).map((a) => a.name)).toEqual([
      "Steven Witkoff",
    ]);
    expect(next.ties).toBe(doc.ties);
  });
});
