// GEXF and GraphML as other tools and people write them: small excerpts of real files, each with
// where it came from. What the file carries is kept where the document can hold it, and nothing
// is added that the file does not say.
import { describe, expect, it } from "vitest";
import { importFiles } from "../../src/io/importFiles";

function open(name: string, text: string) {
  const result = importFiles([{ name, text }]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

describe("GEXF appearance and hierarchy", () => {
  it("keeps viz:color, viz:size and viz:thickness as attributes", () => {
    // Excerpt of what NetworkX 3.6.1's write_gexf writes for nodes and an edge with "viz" data
    // (GEXF 1.2draft; viz:color with an alpha), as in networkx/readwrite/gexf.py.
    const text = `<?xml version='1.0' encoding='utf-8'?>
<gexf xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph defaultedgetype="undirected" mode="static" name="">
    <nodes>
      <node id="x" label="x">
        <viz:color r="255" g="0" b="0" a="1.0" />
        <viz:size value="10" />
        <viz:position x="0.5" y="-0.3" z="0" />
      </node>
      <node id="y" label="y">
        <viz:color r="0" g="0" b="255" a="0.5" />
        <viz:size value="5" />
      </node>
    </nodes>
    <edges>
      <edge source="x" target="y" id="0" weight="4">
        <viz:color r="0" g="255" b="0" a="1.0" />
        <viz:thickness value="3" />
      </edge>
    </edges>
  </graph>
</gexf>`;
    const { document } = open("nx_viz.gexf", text);
    expect(document.actors.map((a) => a.attributes)).toEqual([
      { color: "#ff0000", size: 10 },
      // a = 0.5 → the fourth byte 0x80 (127.5 rounded).
      { color: "#0000ff80", size: 5 },
    ]);
    expect(document.ties[0]?.attributes).toEqual({ weight: 4, color: "#00ff00", thickness: 3 });
  });

  it("reads GEXF 1.3's hex colour and viz:shape, and never overwrites a column of the same name", () => {
    // After the GEXF 1.3 viz schema (gexf.net/1.3/viz.xsd): color has hex="#rrggbb" besides r g b.
    const text = `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="color" type="string"/></attributes>
    <nodes>
      <node id="a" label="A"><viz:color hex="#00FF00"/><viz:shape value="square"/></node>
      <node id="b" label="B">
        <attvalues><attvalue for="0" value="blue team"/></attvalues>
        <viz:color r="1" g="2" b="3"/>
      </node>
    </nodes>
    <edges/>
  </graph>
</gexf>`;
    const { document } = open("hex.gexf", text);
    expect(document.actors.map((a) => a.attributes)).toEqual([
      { color: "#00ff00", shape: "square" },
      { color: "blue team" },
    ]);
  });

  it("keeps the node each node sits in: nested <nodes>, pid (GEXF 1.1, 1.2) or parent (1.3)", () => {
    // The hierarchy forms of the GEXF primer (gexf.net/primer): nested nodes and pid.
    const text = `<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph mode="static" defaultedgetype="directed">
    <nodes>
      <node id="g1" label="Group One">
        <nodes>
          <node id="a" label="Ann"/>
        </nodes>
      </node>
      <node id="b" label="Ben" pid="g1"/>
      <node id="c" label="Cid" parent="a"/>
    </nodes>
    <edges><edge source="a" target="b"/></edges>
  </graph>
</gexf>`;
    const { document } = open("hierarchy.gexf", text);
    expect(document.actors.map((a) => [a.name, a.attributes?.parent])).toEqual([
      ["Group One", undefined],
      ["Ann", "g1"],
      ["Ben", "g1"],
      ["Cid", "a"],
    ]);
  });
});
