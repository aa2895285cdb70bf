// The SVG export of a network far larger than the seed: one element per tie and actor, written
// without putting them all on the call stack (push(...ties) overflowed it at about 120,000).
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/model/actorGraph";
import { buildScene } from "../../src/view/scene";
import { initialState } from "../../src/state/appState";
import { exportSvg } from "../../src/export/svgDocument";
import type { NetworkDocument } from "../../src/schema/networkDocument";

describe("the SVG export of a large network", () => {
  it("builds the SVG export of a network of 200,000 ties", { timeout: 90_000 }, () => {
    // 500 actors on a 25 × 20 grid; tie i goes from actor i mod 500 to actor (i + 1 + ⌊i / 500⌋)
    // mod 500, so no tie is a self-tie (the step is 1 to 400, never a multiple of 500).
    const evidence = [{ source: "s", attribution: "a test" }];
    const document: NetworkDocument = {
      format: "backchannel/1",
      title: "Many ties",
      sources: [{ id: "s", publisher: "Test", title: "Many ties" }],
      actors: Array.from({ length: 500 }, (_, i) => ({
        id: `a${i}`,
        name: `A${i}`,
        kind: "person" as const,
      })),
      ties: Array.from({ length: 200_000 }, (_, i) => ({
        id: `t${i}`,
        source: `a${i % 500}`,
        target: `a${(i + 1 + Math.floor(i / 500)) % 500}`,
        kind: "message" as const,
        summary: "a tie",
        status: "reported" as const,
        evidence,
      })),
    };
    const graph = buildGraph(document);
    const positions = new Map(
      document.actors.map((actor, i) => [
        actor.id,
        { x: (i % 25) * 60, y: Math.floor(i / 25) * 60 },
      ]),
    );
    const scene = buildScene({
      graph,
      positions,
      state: initialState(),
      labels: false,
      arrows: false,
      mergedTies: true,
    });
    const { markup } = exportSvg(scene, {
      title: "Many ties",
      caption: "",
      credit: "Source: a test",
      asOf: "",
      description: "200,000 ties",
      background: "light",
      frame: { kind: "fit", width: 1200 },
    });
    expect(markup.match(/<g id="tie-[^"]+" data-tie=/g)).toHaveLength(scene.edges.length);
    expect(markup.match(/<g id="actor-[^"]+" data-actor=/g)).toHaveLength(500);
    expect(markup).not.toContain("NaN");
  });
});
