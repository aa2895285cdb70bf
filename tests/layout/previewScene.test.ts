import { describe, expect, it } from "vitest";
import { previewScene } from "../../src/layout/previewScene";
import { initialPositions } from "../../src/layout/forceLayout";
import { ACTOR_ENCODINGS } from "../../src/view/encodings";
import { buildGraph } from "../../src/model/actorGraph";
import { layoutInput } from "../../src/layout/layoutInput";
import { largeNetworkDocument } from "../fixtures/largeNetwork";

describe("the picture of a network still being read", () => {
  it("puts each actor where the layout will start it, coloured by kind, with no names or ties", () => {
    const document = largeNetworkDocument({ actors: 1200, ties: 2400, seed: 2 });
    const scene = previewScene(document.actors.map((actor) => actor.kind));
    const start = initialPositions(layoutInput(buildGraph(document)).nodes);
    expect(scene.nodes).toHaveLength(1200);
    expect(scene.edges).toEqual([]);
    scene.nodes.forEach((node, index) => {
      const actor = document.actors[index]!;
      expect({ x: node.x, y: node.y }).toEqual(start.get(actor.id));
      expect(node.fill).toBe(ACTOR_ENCODINGS[actor.kind].fill);
      expect(node.name).toBe("");
    });
    expect(scene.bounds.x1).toBeGreaterThan(scene.bounds.x0);
  });

  it("puts each actor where the file places it, when it places every one", () => {
    const scene = previewScene(
      ["person", "government"],
      [
        { x: 300, y: -40 },
        { x: -80, y: 200 },
      ],
    );
    expect(scene.nodes.map(({ x, y, fill }) => ({ x, y, fill }))).toEqual([
      { x: 300, y: -40, fill: ACTOR_ENCODINGS.person.fill },
      { x: -80, y: 200, fill: ACTOR_ENCODINGS.government.fill },
    ]);
  });
});
