import { describe, expect, it } from "vitest";
import { createEditSession, type SessionChange } from "../../src/edit/editSession";
import { addActor, arrange, updateActor } from "../../src/edit/editCommands";
import { chainWithParallels, seedJson } from "../fixtures/documents";

describe("an edit session", () => {
  it("commits valid edits, refuses invalid ones, and tells its listeners", () => {
    const session = createEditSession(chainWithParallels());
    const changes: SessionChange[] = [];
    session.subscribe((change) => changes.push(change));
    const doc = session.document();
    expect(session.commit(updateActor(doc, { id: "a", name: "", kind: "person" }))).toEqual([
      { path: "actors[0].name", message: "name must not be empty" },
    ]);
    expect(changes).toEqual([]);
    expect(
      session.commit(addActor(doc, { id: "d", name: "Delta", kind: "media" })),
    ).toBeUndefined();
    expect(changes.map((c) => [c.kind, c.arrangementOnly, c.patch?.label])).toEqual([
      ["edit", false, "add actor Delta"],
    ]);
    expect(session.undoLabel()).toBe("Undo: add actor Delta");
    session.commit(arrange(session.document(), "move Delta", [{ id: "d", after: { x: 1, y: 1 } }]));
    expect(changes.at(-1)).toMatchObject({ kind: "edit", arrangementOnly: true });
    expect(session.undo()?.label).toBe("move Delta");
    expect(session.undo()?.label).toBe("add actor Delta");
    expect(session.undo()).toBeUndefined();
    expect(session.document()).toStrictEqual(doc);
    expect(session.redoLabel()).toBe("Redo: add actor Delta");
    expect(changes.map((c) => c.kind)).toEqual(["edit", "edit", "undo", "undo"]);
  });

  it("adopts the layout's positions for actors without one, rounded, with no undo step", () => {
    const session = createEditSession(seedJson());
    const positions = new Map(
      session.document().actors.map((a, i) => [a.id, { x: i + 0.123456, y: -i }]),
    );
    session.adoptPositions(positions);
    const layout = session.document().layout!;
    expect(Object.keys(layout.positions)).toHaveLength(session.document().actors.length);
    // Bahbah is the second actor: 1.123456 → 1.12
    expect(layout.positions["bishara-bahbah"]).toEqual({ x: 1.12, y: -1 });
    expect(session.undoLabel()).toBeUndefined();
    // a second adoption changes nothing: every actor has a place
    const before = session.document();
    session.adoptPositions(new Map([["bishara-bahbah", { x: 99, y: 99 }]]));
    expect(session.document()).toBe(before);
  });

  it("undoing an edit made before the layout's positions were adopted keeps them", () => {
    const session = createEditSession(chainWithParallels());
    session.commit(
      addActor(session.document(), { id: "d", name: "Delta", kind: "media" }, { x: 5, y: 5 }),
    );
    session.adoptPositions(
      new Map([
        ["a", { x: 1, y: 1 }],
        ["b", { x: 2, y: 2 }],
        ["c", { x: 3, y: 3 }],
      ]),
    );
    session.undo();
    expect(session.document().actors.map((a) => a.id)).toEqual(["a", "b", "c"]);
    expect(session.document().layout).toEqual({
      positions: { a: { x: 1, y: 1 }, b: { x: 2, y: 2 }, c: { x: 3, y: 3 } },
    });
  });

  it("starts a fresh history when the document is replaced", () => {
    const session = createEditSession(chainWithParallels());
    session.commit(addActor(session.document(), { id: "d", name: "Delta", kind: "media" }));
    session.replace(seedJson());
    expect(session.undoLabel()).toBeUndefined();
    expect(session.document().title).toBe(seedJson().title);
  });
});
