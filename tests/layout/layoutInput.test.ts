import { describe, expect, it } from "vitest";
import { documentLayoutInput, layoutInput } from "../../src/layout/layoutInput";
import { buildGraph } from "../../src/model/actorGraph";
import { chainWithParallels, seedJson } from "../fixtures/documents";
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

  it("keeps at most 11 of a pair's parallel ties: 100,000 are laid out as 11 are", () => {
    const document = chainWithParallels();
    const like = document.ties[0]!;
    const flood = (n: number) => ({
      ...document,
      ties: [
        ...Array.from({ length: n }, (_, i) => ({
          ...like,
          id: `p${i}`,
          source: i % 2 ? "a" : "b",
          target: i % 2 ? "b" : "a",
        })),
        ...document.ties.slice(2), // b → c and c → b
      ],
    });
    const many = layoutInput(buildGraph(flood(100_000)));
    expect(many.links).toHaveLength(11 + 2);
    expect(many.links.slice(0, 3)).toEqual([
      { source: "b", target: "a" },
      { source: "a", target: "b" },
      { source: "b", target: "a" },
    ]);
    expect(documentLayoutInput(flood(100_000))).toEqual(many);
    const eleven = layoutInput(buildGraph(flood(11)));
    expect(eleven.links).toEqual(many.links);
  });
});
