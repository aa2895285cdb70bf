// The seed picture's budget for ties through labels (issue 14): at most 2 crossings in all, and
// none through the label of the selected actor or of an actor it highlights. Before labels were
// placed around their actors and the layout kept ties off them, the seed had 30.
import { describe, expect, it } from "vitest";
import { buildScene } from "../../src/view/scene";
import { labelCrossings } from "../../src/view/labelCrossings";
import { initialState } from "../../src/state/appState";
import { computeLayout } from "../../src/layout/forceLayout";
import { layoutInput } from "../../src/layout/layoutInput";
import { seedActorGraph } from "../fixtures/seedGraph";

const graph = seedActorGraph();
const input = layoutInput(graph);
const positions = computeLayout(input.nodes, input.links);
const sceneWith = (selection: ReturnType<typeof initialState>["selection"]) =>
  buildScene({ graph, positions, state: { ...initialState(), selection } });

describe("ties through labels in the seed picture", () => {
  it("are at most 2", () => {
    expect(labelCrossings(sceneWith(null)).length).toBeLessThanOrEqual(2);
  });

  it.each(graph.nodes())("miss the labels %s highlights when selected", (id) => {
    const scene = sceneWith({ kind: "actor", id });
    const lit = new Set(scene.nodes.filter((node) => !node.dimmed).map((node) => node.id));
    const onLit = labelCrossings(scene, { dimmedTies: false }).filter((c) => lit.has(c.actor));
    expect(onLit).toEqual([]);
  });

  it.each(graph.edges())("miss the labels of both ends of %s when it is selected", (id) => {
    const scene = sceneWith({ kind: "tie", id });
    const [source, target] = graph.extremities(id);
    const onEnds = labelCrossings(scene, { dimmedTies: false }).filter(
      (c) => c.actor === source || c.actor === target,
    );
    expect(onEnds).toEqual([]);
  });
});
