// Changing a canvas scene in place gives the scene buildScene would build for the new state.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model/actorGraph";
import { initialState, type AppState } from "../../src/state/appState";
import { buildScene, type Scene } from "../../src/view/scene";
import { relocateInPlace, restyleScene } from "../../src/view/sceneUpdates";
import { chainWithParallels, statusesAndLoops } from "../fixtures/documents";

const graph = buildGraph(chainWithParallels());
const positions = new Map([
  ["a", { x: 0, y: 0 }],
  ["b", { x: 200, y: 0 }],
  ["c", { x: 200, y: 200 }],
]);
const sceneOf = (
  state: Partial<AppState> = {},
  at: ReadonlyMap<string, { x: number; y: number }> = positions,
  on = graph,
): Scene =>
  buildScene({ graph: on, positions: at, state: { ...initialState(), ...state }, geometry: false });
const everyTie = new Set(graph.edges());

describe("restyling a scene in place", () => {
  const states: Partial<AppState>[] = [
    {},
    { selection: { kind: "actor", id: "c" } },
    { selection: { kind: "actor", id: "a" }, hover: "c" },
    { selection: { kind: "tie", id: "t3" } },
    { hover: "b" },
  ];
  for (const from of states)
    for (const to of states)
      it(`from ${JSON.stringify(from)} to ${JSON.stringify(to)} equals building it`, () => {
        const restyled = restyleScene(sceneOf(from), {
          graph,
          state: { ...initialState(), ...to },
          visibleEdges: everyTie,
        });
        expect(restyled).toEqual(sceneOf(to));
      });

  it("keeps the arrays (the canvas keeps its base picture) and dims what the highlight leaves out", () => {
    const before = sceneOf();
    const after = restyleScene(before, {
      graph,
      state: { ...initialState(), selection: { kind: "actor", id: "a" } },
      visibleEdges: everyTie,
    });
    expect(after).not.toBe(before);
    expect(after.nodes).toBe(before.nodes);
    expect(after.edges).toBe(before.edges);
    // a's ties are t1 and t2 (to b); c and the b–c ties are dimmed.
    expect(after.nodes.filter((node) => node.dimmed).map((node) => node.id)).toEqual(["c"]);
    expect(after.edges.filter((edge) => !edge.dimmed).map((edge) => edge.id)).toEqual(["t1", "t2"]);
  });

  it("puts a path asked about above everything while nothing is hovered", () => {
    const emphasis = { nodes: new Set(["b", "c"]), edges: new Set(["t3"]) };
    const state = { ...initialState(), selection: { kind: "actor" as const, id: "a" } };
    const restyled = restyleScene(sceneOf(), { graph, state, visibleEdges: everyTie, emphasis });
    expect(restyled).toEqual(buildScene({ graph, positions, state, geometry: false, emphasis }));
  });
});

describe("moving a scene in place", () => {
  const moved = new Map([
    ["a", { x: -50, y: 10 }],
    ["b", { x: 300, y: 40 }],
    ["c", { x: 120, y: 260 }],
  ]);

  it("equals building it at the new positions, pins winning and marked", () => {
    const pins = { b: { x: 5, y: 6 } };
    const state = { selection: { kind: "actor" as const, id: "a" } };
    const relocated = relocateInPlace(sceneOf(state), moved, pins);
    expect(relocated).toEqual(sceneOf({ ...state, pins }, moved));
    // And back: released, b follows the layout again.
    expect(relocateInPlace(relocated, moved, {})).toEqual(sceneOf(state, moved));
  });

  it("moves a tie from an actor to itself with its actor", () => {
    const loops = buildGraph(statusesAndLoops());
    const start = new Map([
      ["o", { x: 300, y: 300 }],
      ["p", { x: 150, y: 400 }],
      ["q", { x: 450, y: 400 }],
    ]);
    const end = new Map([
      ["o", { x: 0, y: 0 }],
      ["p", { x: 150, y: 40 }],
      ["q", { x: 45, y: 400 }],
    ]);
    expect(relocateInPlace(sceneOf({}, start, loops), end, {})).toEqual(sceneOf({}, end, loops));
  });
});
