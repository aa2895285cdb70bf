// Where other tools' files place their actors becomes the document's layout: kept as it is when
// it is an arrangement, spread when it is too tight to draw, dropped when it is one point.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { importFiles } from "../../src/io/importFiles";
import type { ImportResult } from "../../src/io/importResult";

function opened(result: ImportResult): ImportResult & { ok: true } {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

const gexf = (version: string, viz: string, nodes: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/${version}" xmlns:viz="${viz}" version="${version.replace("draft", "")}">
  <graph defaultedgetype="undirected"><nodes>${nodes}</nodes>
  <edges><edge id="0" source="a" target="b"/></edges></graph>
</gexf>`;

describe("positions in other tools' files", () => {
  it("spreads NetworkX's spring layout (−1…1) to the app's spacing, keeping its shape", () => {
    const name = "networkx-spring-layout.gexf";
    const text = readFileSync(`tests/fixtures/foreign/${name}`, "utf8");
    const { document, warnings } = opened(importFiles([{ name, text }]));
    // Six positions over 1.4871 × 1.6616: √(1.4871 · 1.6616 / 6) = 0.64174 apart on average,
    // spread to 80: × 124.6615, y turned over, to 0.01.
    expect(warnings).toEqual([
      `${name}: the positions were spread 125 times wider, as they were closer together than an actor is wide (the arrangement is the file's)`,
    ]);
    expect(document.layout).toEqual({
      positions: {
        envoy: { x: 84.97, y: -55.89 },
        broker: { x: -100.41, y: -82.48 },
        minister: { x: -97.85, y: 16.74 },
        editor: { x: 67.33, y: 124.66 },
        banker: { x: 16.79, y: 38.05 },
        aide: { x: 29.17, y: -41.1 },
      },
    });
  });

  it("reads GEXF 1.1's viz namespace too", () => {
    const text = gexf(
      "1.1draft",
      "http://www.gexf.net/1.1draft/viz",
      `<node id="a" label="A"><viz:position x="10.5" y="-20" z="0"/></node>
       <node id="b" label="B"><viz:position x="-40" y="35.25"/></node>`,
    );
    const { document, warnings } = opened(importFiles([{ name: "old.gexf", text }]));
    expect(warnings).toEqual([]);
    expect(document.layout).toEqual({
      positions: { a: { x: 10.5, y: 20 }, b: { x: -40, y: -35.25 } },
    });
  });

  it("lays the actors out itself when the file puts them all on one point", () => {
    // Some exporters write viz:position 0, 0, 0 for every node.
    const text = gexf(
      "1.2draft",
      "http://www.gexf.net/1.2draft/viz",
      `<node id="a" label="A"><viz:position x="0.0" y="0.0" z="0.0"/></node>
       <node id="b" label="B"><viz:position x="0.0" y="0.0" z="0.0"/></node>`,
    );
    const { document, warnings } = opened(importFiles([{ name: "zeros.gexf", text }]));
    expect(document.layout).toBeUndefined();
    expect(warnings).toEqual([
      "zeros.gexf: every actor's position is the same point, which is no arrangement; Backchannel lays them out",
    ]);
  });
});
