// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { exportGexf } from "../../src/io/exportGexf";
import { importGexf } from "../../src/io/importGexf";
import { importFiles } from "../../src/io/importFiles";
import type { ActorsRead, ImportResult } from "../../src/io/importResult";
import type { NetworkDocument } from "../../src/schema/networkDocument";
import { chainWithParallels, seedJson } from "../fixtures/documents";
import { largeNetworkDocument } from "../fixtures/largeNetwork";

function opened(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

function reopen(document: NetworkDocument) {
  const file = exportGexf(document);
  return opened(importFiles([{ name: file.fileName, text: file.text }]));
}

describe("GEXF export", () => {
  it("writes a dynamic graph Gephi's timeline can play", () => {
    const xml = new DOMParser().parseFromString(exportGexf(seedJson()).text, "application/xml");
    const root = xml.documentElement;
    expect(root.namespaceURI).toBe("http://gexf.net/1.3");
    expect(root.getAttribute("version")).toBe("1.3");
    const graph = xml.getElementsByTagName("graph")[0];
    expect(graph?.getAttribute("mode")).toBe("dynamic");
    expect(graph?.getAttribute("defaultedgetype")).toBe("directed");
    expect(graph?.getAttribute("timeformat")).toBe("date");
    const edge = (id: string) =>
      Array.from(xml.getElementsByTagName("edge")).find((e) => e.getAttribute("id") === id);
    // "late April 2025": 2025-04-21 … 2025-04-30.
    const first = edge("hamas-official-contacts-bahbah");
    expect([first?.getAttribute("start"), first?.getAttribute("end")]).toEqual([
      "2025-04-21",
      "2025-04-30",
    ]);
    expect(first?.getAttribute("kind")).toBe("message");
    const titles = Array.from(xml.querySelectorAll("attributes[class=edge] attribute")).map((a) =>
      a.getAttribute("title"),
    );
    expect(titles).toEqual(
      expect.arrayContaining(["kind", "status", "summary", "attribution", "sources"]),
    );
    const nodeTitles = Array.from(xml.querySelectorAll("attributes[class=node] attribute")).map(
      (a) => a.getAttribute("title"),
    );
    expect(nodeTitles).toEqual(expect.arrayContaining(["kind", "role", "aliases"]));
  });

  it("spans whole periods: a month tie runs from its first to its last day", () => {
    const document = chainWithParallels();
    const xml = new DOMParser().parseFromString(exportGexf(document).text, "application/xml");
    const t2 = Array.from(xml.getElementsByTagName("edge")).find(
      (e) => e.getAttribute("id") === "t2",
    );
    expect([t2?.getAttribute("start"), t2?.getAttribute("end")]).toEqual([
      "2025-05-01",
      "2025-05-31",
    ]);
    const t3 = Array.from(xml.getElementsByTagName("edge")).find(
      (e) => e.getAttribute("id") === "t3",
    );
    expect(t3?.hasAttribute("start")).toBe(false);
  });

  it("writes one edge type for the file, each tie's own direction in its directed attvalue", () => {
    const document = chainWithParallels();
    const [first, ...rest] = document.ties;
    if (!first) throw new Error("fixture has ties");
    const mixed: NetworkDocument = { ...document, ties: [{ ...first, directed: false }, ...rest] };
    const xml = new DOMParser().parseFromString(exportGexf(mixed).text, "application/xml");
    expect(xml.getElementsByTagName("graph")[0]?.getAttribute("defaultedgetype")).toBe("directed");
    const edges = Array.from(xml.getElementsByTagName("edge"));
    expect(edges.every((edge) => !edge.hasAttribute("type"))).toBe(true);
    const directedId = Array.from(xml.querySelectorAll("attributes[class=edge] attribute")).find(
      (a) => a.getAttribute("title") === "directed",
    );
    expect(directedId?.getAttribute("type")).toBe("boolean");
    const directedOf = (edge: Element) =>
      Array.from(edge.getElementsByTagName("attvalue"))
        .find((value) => value.getAttribute("for") === directedId?.getAttribute("id"))
        ?.getAttribute("value");
    // t1 made undirected here, t4 undirected in the fixture; the others leave it to the file.
    expect(edges.map(directedOf)).toEqual(["false", undefined, undefined, "false"]);
    expect(reopen(mixed).document.ties.map((tie) => tie.directed)).toEqual([
      false,
      undefined,
      undefined,
      false,
    ]);
    // No tie with a direction: an undirected file.
    const undirected = { ...mixed, ties: mixed.ties.map((tie) => ({ ...tie, directed: false })) };
    expect(exportGexf(undirected).text).toContain('defaultedgetype="undirected"');
    expect(reopen(undirected).document).toEqual(undirected);
  });

  it("carries the document's own fields in <meta>, where Gephi and NetworkX ignore them", () => {
    const seed = seedJson();
    const xml = new DOMParser().parseFromString(exportGexf(seed).text, "application/xml");
    const header = xml.getElementsByTagNameNS("urn:x-backchannel:1", "document")[0];
    expect(header?.parentElement?.localName).toBe("meta");
    const { format, title, description, asOf, sources } = seed;
    expect(JSON.parse(header?.textContent ?? "")).toEqual({
      format,
      title,
      description,
      asOf,
      sources,
    });
    const back = reopen(seed).document;
    expect(back.sources).toEqual(seed.sources);
    expect(back.ties.map((tie) => tie.evidence)).toEqual(seed.ties.map((tie) => tie.evidence));
  });

  it("writes each placed actor's viz:position with y turned over, as Gephi's y axis points up", () => {
    const document: NetworkDocument = {
      ...chainWithParallels(),
      layout: { positions: { a: { x: -120.5, y: 33.25 }, c: { x: 240, y: 0 } } },
    };
    const xml = new DOMParser().parseFromString(exportGexf(document).text, "application/xml");
    const places = [...xml.getElementsByTagNameNS("http://gexf.net/1.3/viz", "position")].map(
      (element) => [
        element.parentElement?.getAttribute("id"),
        element.getAttribute("x"),
        element.getAttribute("y"),
      ],
    );
    // b has no position: it gets none (Gephi places it).
    expect(places).toEqual([
      ["a", "-120.5", "-33.25"],
      ["c", "240", "0"],
    ]);
    expect(reopen(document).document.layout).toEqual(document.layout);
  });

  it("writes a hex `color` as viz:color too, so Gephi draws it, and reads back the same", () => {
    const base = chainWithParallels();
    const document: NetworkDocument = {
      ...base,
      actors: base.actors.map(
        (actor, i) =>
          i === 0
            ? { ...actor, attributes: { color: "#e41a1c80" } }
            : i === 1
              ? { ...actor, attributes: { color: "#fc0" } }
              : { ...actor, attributes: { color: "red" } }, // not hex: an attribute only
      ),
      ties: base.ties.map((tie, i) =>
        i === 0 ? { ...tie, attributes: { color: "#00FF00" } } : tie,
      ),
    };
    const xml = new DOMParser().parseFromString(exportGexf(document).text, "application/xml");
    const viz = "http://gexf.net/1.3/viz";
    const colourOf = (element: Element | undefined) => {
      const colour = element?.getElementsByTagNameNS(viz, "color")[0];
      return colour && ["r", "g", "b", "a"].map((name) => colour.getAttribute(name));
    };
    const nodes = Array.from(xml.getElementsByTagName("node"));
    expect(nodes.map(colourOf)).toEqual([
      ["228", "26", "28", "0.502"],
      ["255", "204", "0", null],
      ...nodes.slice(2).map(() => undefined),
    ]);
    const edges = Array.from(xml.getElementsByTagName("edge"));
    expect(colourOf(edges[0])).toEqual(["0", "255", "0", null]);
    expect(colourOf(edges[1])).toBeUndefined();
    expect(reopen(document).document).toEqual(document);
  });

  it("escapes markup, quotes and line breaks in names and values", () => {
    const document = chainWithParallels();
    const tricky: NetworkDocument = {
      ...document,
      actors: document.actors.map((actor, i) =>
        i === 0
          ? {
              ...actor,
              name: "A <b>\"bold\"</b> & 'quoted'\nname",
              attributes: { "note <1>": "x & y\ttab", score: 2.5, verified: true },
            }
          : actor,
      ),
    };
    const text = exportGexf(tricky).text;
    expect(text).not.toContain("<b>");
    expect(reopen(tricky).document.actors[0]).toEqual(tricky.actors[0]);
  });

  it("replaces characters XML cannot carry in what Gephi shows, and keeps them in bc:fields", () => {
    const document = chainWithParallels();
    const control: NetworkDocument = {
      ...document,
      actors: document.actors.map((actor, i) =>
        i === 0 ? { ...actor, name: "Bell\u0007 here\uFFFF" } : actor,
      ),
    };
    const text = exportGexf(control).text;
    expect(text.includes("\u0007") || text.includes("\uFFFF")).toBe(false);
    expect(text).toContain('label="Bell\uFFFD here\uFFFD"');
    expect(reopen(control).document).toEqual(control);
  });

  it("keeps a file's own word as the tie's label and an unknown status word in its column", () => {
    const document = chainWithParallels();
    const first = { ...document.ties[0]! };
    delete first.status;
    const friendly: NetworkDocument = {
      ...document,
      ties: [
        { ...first, kind: "other", label: "Friendship", attributes: { status: "rumoured" } },
        ...document.ties.slice(1),
      ],
    };
    const text = exportGexf(friendly).text;
    expect(text).toMatch(/<edge id="t1"[^>]* kind="other" label="Friendship"/);
    expect(text).toMatch(/<attvalue for="e\d+" value="rumoured"\/>/);
    expect(reopen(friendly).document.ties[0]).toEqual(friendly.ties[0]);
  });

  it("reads a GEXF edge label as the kind when it names one, in the file's own words", () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
      '  <graph defaultedgetype="directed">',
      '    <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>',
      "    <edges>",
      '      <edge id="0" source="a" target="b" label="meeting"/>',
      '      <edge id="1" source="a" target="b" label="Phoned"/>',
      '      <edge id="2" source="a" target="b" label="Llamada"/>',
      '      <edge id="3" source="a" target="b" label="consulted"/>',
      '      <edge id="4" source="a" target="b" label=""/>',
      "    </edges>",
      "  </graph>",
      "</gexf>",
    ].join("\n");
    const result = importGexf({ name: "words.gexf", text });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.ties.map((t) => [t.kind, t.label, t.summary, t.status])).toEqual([
      ["meeting", undefined, undefined, undefined],
      ["call", "Phoned", undefined, undefined],
      ["call", "Llamada", undefined, undefined],
      ["other", "consulted", undefined, undefined],
      ["other", undefined, undefined, undefined],
    ]);
  });
});

describe("GEXF import errors", () => {
  it("names the line of malformed XML", () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
      '  <graph defaultedgetype="directed">',
      "    <nodes>",
      '      <node id="a" label="Alpha">',
      "    </nodes>",
      "  </graph>",
      "</gexf>",
    ].join("\n");
    const result = importGexf({ name: "broken.gexf", text });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.path).toBe("broken.gexf line 6");
    expect(result.problems[0]?.message).toMatch(/^not valid XML: /);
  });

  it("skips an edge without a target and says which", () => {
    const text = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
      <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
      <edges><edge id="e1" source="a" target="b"/><edge id="e3" source="a"/></edges>
    </graph></gexf>`;
    const result = opened(importGexf({ name: "net.gexf", text }));
    expect(result.document.ties.map((t) => t.id)).toEqual(["e1"]);
    expect(result.warnings).toEqual(['net.gexf edge "e3": no target; skipped']);
  });

  it("reports a file whose root is not <gexf>", () => {
    const result = importGexf({ name: "x.gexf", text: "<graphml/>" });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: "x.gexf", message: "is not GEXF: the file starts with <graphml>" }],
    });
  });
});

describe("GEXF actors first", () => {
  it("reports the actors' kinds before the ties are read, as the document will have them", () => {
    const document = largeNetworkDocument({ actors: 300, ties: 900, seed: 4 });
    const file = exportGexf(document);
    const events: string[] = [];
    let kinds: string[] = [];
    const result = opened(
      importFiles([{ name: file.fileName, text: file.text }], {
        onActors: (reported) => {
          events.push("actors");
          kinds = reported.kinds;
          // exportGexf writes no viz:position for a document without a layout: no positions
          expect(reported.positions).toBeUndefined();
        },
      }),
    );
    events.push("result");
    expect(events).toEqual(["actors", "result"]);
    expect(kinds).toEqual(result.document.actors.map((actor) => actor.kind));
    // The same document as when read in one go.
    expect(result).toEqual(opened(importFiles([{ name: file.fileName, text: file.text }])));
  });

  it("reports where the file places the actors when it places every one, as the document has them", () => {
    const placed = (nodes: string) => ({
      name: "placed.gexf",
      text: `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>${nodes}</nodes>
    <edges><edge id="e1" source="a" target="b"/></edges>
  </graph>
</gexf>`,
    });
    const a = '<node id="a" label="Alpha"><viz:position x="120" y="40" z="0"/></node>';
    const b = '<node id="b" label="Bee"><viz:position x="-80" y="-200"/></node>';
    const c = '<node id="c" label="Cee"/>';
    let reported: ActorsRead | undefined;
    const whole = opened(importGexf(placed(a + b), { onActors: (actors) => (reported = actors) }));
    // Gephi's y axis points up, the picture's down
    expect(reported).toEqual({
      kinds: ["other", "other"],
      positions: [
        { x: 120, y: -40 },
        { x: -80, y: 200 },
      ],
    });
    expect(whole.document.layout?.positions).toEqual({
      a: { x: 120, y: -40 },
      b: { x: -80, y: 200 },
    });
    // NetworkX's layouts span −1…1: spread as the document spreads them
    const crowded = opened(
      importGexf(
        placed(
          '<node id="a"><viz:position x="0.5" y="0.25"/></node>' +
            '<node id="b"><viz:position x="-0.5" y="-0.75"/></node>',
        ),
        { onActors: (actors) => (reported = actors) },
      ),
    );
    const layout = crowded.document.layout!.positions;
    expect(layout.a!.x).toBeGreaterThan(10);
    expect(reported?.positions).toEqual([layout.a, layout.b]);
    // one actor without a place: the layout places it, so the picture starts from the spiral
    opened(importGexf(placed(a + b + c), { onActors: (actors) => (reported = actors) }));
    expect(reported).toEqual({ kinds: ["other", "other", "other"] });
  });

  it("reads nested node lists and a </nodes> in a comment exactly as in one go", () => {
    const hierarchy = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <!-- a list of </nodes> follows -->
  <graph defaultedgetype="directed">
    <nodes>
      <node id="a" label="Alpha"><nodes><node id="a1" label="Alpha one"/></nodes></node>
      <node id="b" label="Bee"/>
      <node id="d" label="Dee, no ties"/>
    </nodes>
    <edges><edge id="e1" source="a" target="b"/></edges>
  </graph>
</gexf>`;
    for (const text of [hierarchy, hierarchy.replace(/<!--.*-->/, "")]) {
      const file = { name: "hierarchy.gexf", text };
      let reported: string[] | undefined;
      const early = opened(importGexf(file, { onActors: (actors) => (reported = actors.kinds) }));
      const whole = opened(importGexf(file));
      expect(early).toEqual(whole);
      expect(whole.document.actors.map((actor) => actor.name)).toEqual([
        "Alpha",
        "Alpha one",
        "Bee",
        "Dee, no ties",
      ]);
      // The first </nodes> is in a comment or closes a nested list: no early picture.
      expect(reported).toBeUndefined();
    }
  });

  it("still names the line of malformed XML after the actors", () => {
    const text = exportGexf(chainWithParallels()).text.replace("</edges>", "</edgez>");
    let reported = false;
    const result = importGexf(
      { name: "broken.gexf", text },
      {
        onActors: () => {
          reported = true;
        },
      },
    );
    expect(reported).toBe(true);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toMatch(/^broken\.gexf line \d+$/);
  });
});
