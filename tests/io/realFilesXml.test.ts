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

describe("yEd's arrowheads, fills and groups", () => {
  // What yEd 3.23 saves (every file says edgedefault="directed"), trimmed to the elements read:
  // a ShapeNode with its fill, a group node whose nested <graph> holds a member, an edge drawn
  // with an arrowhead at its target, one at neither end and one at its source only.
  const text = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3">
  <!--Created by yEd 3.23.2-->
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="213.0" y="160.0"/><y:Fill color="#FFCC00" transparent="false"/><y:NodeLabel>Alice</y:NodeLabel></y:ShapeNode></data>
    </node>
    <node id="n1">
      <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="353.0" y="260.0"/><y:Fill hasColor="false" transparent="true"/><y:NodeLabel>Bob</y:NodeLabel></y:ShapeNode></data>
    </node>
    <node id="n2" yfiles.foldertype="group">
      <data key="d6"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode><y:Geometry height="100.0" width="100.0" x="0.0" y="0.0"/><y:NodeLabel>Team</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
      <graph edgedefault="directed" id="n2:">
        <node id="n2::n0"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="10.0" y="10.0"/><y:NodeLabel>Carol</y:NodeLabel></y:ShapeNode></data></node>
      </graph>
    </node>
    <edge id="e0" source="n0" target="n1">
      <data key="d10"><y:PolyLineEdge><y:LineStyle color="#FF0000" type="line" width="1.0"/><y:Arrows source="none" target="standard"/><y:EdgeLabel>phoned</y:EdgeLabel></y:PolyLineEdge></data>
    </edge>
    <edge id="e1" source="n1" target="n2::n0">
      <data key="d10"><y:PolyLineEdge><y:Arrows source="none" target="none"/></y:PolyLineEdge></data>
    </edge>
    <edge id="e2" source="n1" target="n0">
      <data key="d10"><y:PolyLineEdge><y:Arrows source="delta" target="none"/></y:PolyLineEdge></data>
    </edge>
    <edge id="e3" source="n1" target="n0" directed="true">
      <data key="d10"><y:PolyLineEdge><y:Arrows source="none" target="none"/></y:PolyLineEdge></data>
    </edge>
  </graph>
</graphml>`;

  it("reads a tie's direction from its arrowheads, unless the edge states it", () => {
    const { document } = open("drawn.graphml", text);
    expect(document.ties.map((t) => [t.id, t.source, t.target, t.directed ?? true])).toEqual([
      ["e0", "n0", "n1", true],
      // No arrowhead: no direction.
      ["e1", "n1", "n2-n0", false],
      // The arrowhead at the source end: the tie points at n1.
      ["e2", "n0", "n1", true],
      // directed="true" written on the edge wins over the drawing.
      ["e3", "n1", "n0", true],
    ]);
    expect(document.ties[0]?.attributes).toEqual({ color: "#FF0000" });
  });

  it("keeps each shape's fill and the group a node sits in", () => {
    const { document } = open("drawn.graphml", text);
    expect(document.actors.map((a) => [a.name, a.attributes?.color, a.attributes?.parent])).toEqual(
      [
        ["Alice", "#FFCC00", undefined],
        // A transparent fill is no colour.
        ["Bob", undefined, undefined],
        ["Team", undefined, undefined],
        ["Carol", undefined, "n2"],
      ],
    );
  });
});
