import { describe, expect, it } from "vitest";
import { reduce } from "../../src/state/reduce";
import { initialState, type AppState } from "../../src/state/appState";

const start: AppState = initialState();

describe("the keyboard's place in the picture", () => {
  it("starts nowhere: the renderer falls back to the selected or the first actor", () => {
    expect(start.focus).toEqual({ actor: null, tie: null });
  });

  it("moves to an actor and highlights it as a hover does", () => {
    const next = reduce(start, { type: "focusActor", id: "bishara-bahbah" });
    expect(next.focus).toEqual({ actor: "bishara-bahbah", tie: null });
    expect(next.hover).toBe("bishara-bahbah");
    expect(next.selection).toBeNull();
  });

  it("keeps the same state when the keyboard is already there and highlighted", () => {
    const there = reduce(start, { type: "focusActor", id: "egypt" });
    expect(reduce(there, { type: "focusActor", id: "egypt" })).toBe(there);
    // the pointer left: focusing again highlights it again
    const left = reduce(there, { type: "hoverActor", id: null });
    expect(reduce(left, { type: "focusActor", id: "egypt" }).hover).toBe("egypt");
  });

  it("moves along the ties without touching the actors' tab stop or the hover", () => {
    const onActor = reduce(start, { type: "focusActor", id: "egypt" });
    const onTie = reduce(onActor, { type: "focusTie", id: "qatar-guarantee" });
    expect(onTie.focus).toEqual({ actor: "egypt", tie: "qatar-guarantee" });
    expect(onTie.hover).toBe("egypt");
    expect(reduce(onTie, { type: "focusTie", id: "qatar-guarantee" })).toBe(onTie);
  });

  it("follows a selection: a selected actor or tie is where the keyboard continues", () => {
    const actor = reduce(start, { type: "select", selection: { kind: "actor", id: "qatar" } });
    expect(actor.focus).toEqual({ actor: "qatar", tie: null });
    const tie = reduce(actor, { type: "select", selection: { kind: "tie", id: "t-7" } });
    expect(tie.focus).toEqual({ actor: "qatar", tie: "t-7" });
    expect(tie.selection).toEqual({ kind: "tie", id: "t-7" });
  });

  it("stays where it was when the selection is cleared or restored from the URL", () => {
    const focused = reduce(start, { type: "focusActor", id: "egypt" });
    expect(reduce(focused, { type: "select", selection: null }).focus.actor).toBe("egypt");
    const selected = reduce(focused, { type: "select", selection: { kind: "actor", id: "qatar" } });
    expect(reduce(selected, { type: "clearSelection" }).focus.actor).toBe("qatar");
    const restored = reduce(focused, {
      type: "restore",
      state: { selection: { kind: "actor", id: "hamas" } },
    });
    expect(restored.focus.actor).toBe("egypt");
  });

  it("is forgotten on reset", () => {
    const focused = reduce(start, { type: "focusTie", id: "t-1" });
    expect(reduce(focused, { type: "reset" }).focus).toEqual({ actor: null, tie: null });
  });
});
