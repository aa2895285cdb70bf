import { describe, expect, it } from "vitest";
import { documentLayoutInput, layoutInput } from "../../src/layout/layoutInput";
import { buildGraph } from "../../src/model/actorGraph";
import { seedJson } from "../fixtures/documents";
import { largeNetworkDocument } from "../fixtures/largeNetwork";

describe("the layout's input read from a document", () => {
  it("is the input of the document's graph: boxes with labels, frozen positions, ties", () => {
    const seed = seedJson();
    const large = largeNetworkDocument({ actors: 500, ties: 1500, seed: 2 });
    const laidOut = {
      ...large,
      actors: [...large.actors, { id: "late-comer", name: "Late Comer", kind: "person" as const }],
      layout: { positions: { "actor-007": { x: 3, y: 4 }, "late-comer": { x: -1, y: 2 } } },
    };
    for (const document of [seed, laidOut])
      for (const labelRoom of [true, false])
        expect(documentLayoutInput(document, labelRoom)).toEqual(
          layoutInput(buildGraph(document), undefined, labelRoom),
        );
    expect(documentLayoutInput(laidOut).nodes.find((n) => n.id === "late-comer")?.fixed).toEqual({
      x: -1,
      y: 2,
    });
  });
});
