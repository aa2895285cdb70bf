// @vitest-environment jsdom
// Files written by other tools (tests/fixtures/foreign/): NetworkX 2.8 (GEXF 1.2draft, GraphML,
// node-link JSON with "links" and with "edges"), the GEXF format's own Gephi samples, and a
// GEXF with self-loops like graphology's yeast.gexf.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { importFiles } from "../../src/io/importFiles";
import type { ImportResult } from "../../src/io/importResult";
import type { NetworkDocument, Tie } from "../../src/schema/networkDocument";
import { buildGraph } from "../../src/model/actorGraph";
import { computeMetrics } from "../../src/analysis/metrics";

const FOREIGN = "tests/fixtures/foreign";

function open(path: string): ImportResult & { ok: true } {
  const result = importFiles([
    { name: path.split("/").pop() ?? path, text: readFileSync(`${FOREIGN}/${path}`, "utf8") },
  ]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

const tieKey = (tie: Tie) => `${tie.source}>${tie.target}:${tie.kind}`;
const tieBy = (document: NetworkDocument, key: string) =>
  document.ties.find((tie) => tieKey(tie) === key);

describe("NetworkX's contacts network, in each format it writes", () => {
  const files = [
    "networkx-contacts.gexf",
    "networkx-contacts.graphml",
    "networkx-contacts.links.json",
    "networkx-contacts.edges.json",
  ];

  it.each(files)("%s: every actor with its kind and attributes", (file) => {
    const { document, warnings } = open(file);
    expect(warnings).toEqual([]);
    expect(document.title).toBe("Mediation contacts");
    expect(document.actors.map((actor) => [actor.id, actor.name, actor.kind])).toEqual([
      ["envoy-a", "Envoy A", "person"],
      ["broker-b", "Broker B", "person"],
      ["group-c", "Group C", "armed-group"],
      ["ministry-d", "Ministry D", "government"],
      ["outlet-e", "Outlet E", "media"],
      ["official-f", "Official F", "other"],
      ["captive-g", "Captive G", "person"],
      ["negociateur-h", "Négociateur H", "person"],
    ]);
    const actor = (id: string) => document.actors.find((a) => a.id === id);
    expect(actor("envoy-a")).toEqual({
      id: "envoy-a",
      name: "Envoy A",
      kind: "person",
      role: "special envoy",
      attributes: { country: "US", originalId: "Envoy A" },
    });
    expect(actor("broker-b")?.attributes).toEqual({ age: 67, originalId: "Broker B" });
    expect(actor("ministry-d")?.attributes).toEqual({ verified: true, originalId: "Ministry D" });
    expect(actor("official-f")?.attributes).toEqual({ kind: "Official", originalId: "Official F" });
  });

  it.each(files)("%s: every tie with its kind, time, direction and status", (file) => {
    const { document } = open(file);
    const source = document.sources[0];
    expect(source).toEqual({ id: `import-${file}`, publisher: "Imported file", title: file });
    expect(document.ties.map(tieKey).sort()).toEqual(
      [
        "broker-b>envoy-a:call",
        "broker-b>envoy-a:relay",
        "group-c>broker-b:message",
        "group-c>captive-g:holds-captive",
        "ministry-d>envoy-a:meeting",
        "negociateur-h>broker-b:conversation",
        "official-f>ministry-d:briefing",
        "outlet-e>ministry-d:other",
      ].sort(),
    );
    expect(new Set(document.ties.map((tie) => tie.id)).size).toBe(8);
    // A label that says more than the kind is the tie's own label, never its summary.
    expect(tieBy(document, "ministry-d>envoy-a:meeting")).toMatchObject({
      time: { start: "2025-04-22" },
      label: "White House meeting",
      status: "confirmed",
    });
    expect(tieBy(document, "group-c>broker-b:message")).toMatchObject({
      time: { start: "2025-04-21" },
      label: "first message",
    });
    expect(tieBy(document, "broker-b>envoy-a:relay")?.attributes).toMatchObject({ weight: 2.5 });
    expect(tieBy(document, "outlet-e>ministry-d:other")?.label).toBe("Friendship");
    const briefing = tieBy(document, "official-f>ministry-d:briefing");
    expect(briefing).not.toHaveProperty("status");
    expect(briefing?.attributes).toMatchObject({ status: "rumoured" });
    expect(tieBy(document, "negociateur-h>broker-b:conversation")?.directed).toBe(false);
    expect(document.ties.filter((tie) => tie.directed === false)).toHaveLength(1);
    for (const tie of document.ties)
      expect(tie.evidence).toEqual([
        {
          source: `import-${file}`,
          attribution: `imported from ${file}; no attribution in the file`,
        },
      ]);
    // Nothing invented: no summary where the file gives none, no status where it states none.
    expect(tieBy(document, "broker-b>envoy-a:call")).not.toHaveProperty("summary");
    expect(document.ties.filter((tie) => tie.status === undefined)).toHaveLength(
      document.ties.length - 1,
    );
  });
});

describe("NetworkX dynamic GEXF (start/end and spells)", () => {
  it("turns edge dates and spells into tie times", () => {
    const { document } = open("networkx-dynamic.gexf");
    expect(document.actors.map((a) => a.name)).toEqual(["Alpha", "Bravo", "Charlie"]);
    expect(document.actors[0]?.attributes).toEqual({ start: "2025-01-01" });
    const [ab, bc] = document.ties;
    expect(ab).toMatchObject({
      kind: "message",
      directed: false,
      time: { start: "2025-04-21", end: "2025-04-30" },
    });
    expect(bc?.time).toEqual({ start: "2025-03-01", end: "2025-05-12" });
    expect(bc?.attributes).toEqual({
      spells: "<[2025-03-01, 2025-03-05]; [2025-05-01, 2025-05-12]>",
    });
  });
});

describe("the GEXF format's own samples (gephi/gexf)", () => {
  it("dynamics.gexf (1.3, dates): edge times, node spells, defaults, dated values", () => {
    const { document, warnings } = open("gephi/dynamics.gexf");
    expect(document.description).toBe("A Web network changing over time");
    expect(document.actors.map((a) => [a.id, a.name])).toEqual([
      ["0", "Gephi"],
      ["1", "Network"],
      ["2", "Visualization"],
      ["3", "Graph"],
    ]);
    expect(document.actors[0]?.attributes).toEqual({
      url: "http://gephi.org",
      indegree: 1,
      frog: true,
      start: "2009-03-01",
    });
    expect(document.actors[2]?.attributes).toEqual({
      indegree: "0 [-Infinity, 2009-03-01]; 1 [2009-03-01, Infinity]",
      frog: true,
      spells: "<[-Infinity, 2009-03-01]; [2009-03-05, 2009-03-10]>",
    });
    expect(document.actors[3]?.attributes?.frog).toBe(false);
    expect(document.ties.map((t) => [t.id, t.source, t.target, t.time])).toEqual([
      ["tie-1", "0", "1", { start: "2009-03-01" }],
      ["tie-2", "0", "2", { start: "2009-03-01", end: "2009-03-10" }],
      ["tie-3", "1", "0", { start: "2009-03-01" }],
      ["tie-4", "2", "1", { end: "2009-03-10" }],
      ["tie-5", "0", "3", { start: "2009-03-01" }],
    ]);
    expect(document.ties.every((t) => t.directed === undefined)).toBe(true);
    expect(warnings).toEqual([
      'dynamics.gexf: the values of "indegree" change over time; every dated value was kept as text',
    ]);
  });

  it("data.gexf: typed attributes with a default", () => {
    const { document } = open("gephi/data.gexf");
    expect(document.actors).toHaveLength(4);
    expect(document.ties).toHaveLength(5);
    expect(document.actors[3]).toEqual({
      id: "3",
      name: "BarabasiLab",
      kind: "other",
      attributes: { url: "http://barabasilab.com", indegree: 1, frog: false },
    });
    expect(document.actors[0]?.attributes?.frog).toBe(true);
  });

  it("dynamics_openintervals.gexf (1.2draft, numeric time): numbers stay attributes, not times", () => {
    const { document } = open("gephi/dynamics_openintervals.gexf");
    expect(document.actors.map((a) => a.name)).toEqual(["growing slowly", "growing fast"]);
    // GEXF 1.2draft's viz namespace, y turned over.
    expect(document.layout).toEqual({
      positions: { "1": { x: -405.11203, y: -264.4478 }, "2": { x: 334.12238, y: 20.660065 } },
    });
    expect(document.ties).toHaveLength(1);
    expect(document.ties[0]?.time).toBeUndefined();
    expect(document.ties[0]?.attributes).toEqual({
      value: "15 [2000.0, 2005.0]; 20 [2005.0, 2010.0]; 25 [2010.0, 2015.0]",
    });
  });

  it("keeps numeric start/end as attributes when the time format is a number", () => {
    const text = `<gexf xmlns="http://gexf.net/1.3" version="1.3">
      <graph mode="dynamic" defaultedgetype="undirected" timeformat="double">
        <nodes><node id="a"/><node id="b"/></nodes>
        <edges><edge id="e1" source="a" target="b" start="2000.0" end="2005"/></edges>
      </graph></gexf>`;
    const result = importFiles([{ name: "numeric.gexf", text }]);
    expect(result.ok && result.document.ties[0]).toMatchObject({
      directed: false,
      attributes: { start: 2000, end: 2005 },
    });
    expect(result.ok && result.document.ties[0]?.time).toBeUndefined();
  });
});

describe("Gephi 0.10's GEXF export, after a ForceAtlas2 layout", () => {
  it("keeps the arrangement, turned the right way up: Gephi's y axis points up", () => {
    const { document, warnings } = open("gephi-0.10-export.gexf");
    expect(warnings).toEqual([]);
    // viz:position x, y → x, −y: the Ministry (y 33.2) above Jane Roe (y −80) as in Gephi.
    expect(document.layout).toEqual({
      positions: {
        "0": { x: -120.5, y: -33.2 },
        "1": { x: 50, y: 80 },
        "2": { x: 210.75, y: -140.5 },
        "3": { x: -60.25, y: 190 },
      },
    });
  });

  it("keeps the file's word for an actor's type beside the kind it stands for", () => {
    const { document } = open("gephi-0.10-export.gexf");
    expect(document.actors.map((a) => [a.name, a.kind, a.attributes])).toEqual([
      // Gephi's viz:color and viz:size are kept beside the columns.
      [
        "Ministry of Finance",
        "government",
        { kind: "ministry", "Modularity Class": 0, color: "#990099", size: 10 },
      ],
      ["Jane Roe", "person", { "Modularity Class": 1, color: "#009900", size: 10 }],
      [
        "Harbour Holdings",
        "organisation",
        { kind: "company", "Modularity Class": 1, color: "#009900", size: 14.5 },
      ],
      [
        "Daily Courier",
        "media",
        { kind: "newspaper", "Modularity Class": 0, color: "#990099", size: 10 },
      ],
    ]);
  });
});

describe("self-loops, as in graphology's yeast.gexf and rio.gexf", () => {
  it("keeps every tie from an actor to itself, with its direction and label", () => {
    const { document, warnings } = open("self-loops.gexf");
    // One node has a viz:position; the app places the other four among it.
    expect(warnings).toEqual([
      "self-loops.gexf: 1 of 5 actors have a position in the file; Backchannel placed the others among them",
    ]);
    expect(document.layout).toEqual({ positions: { ylr197w: { x: -120.5, y: -40.25 } } });
    expect(document.ties.map((t) => [t.source, t.target, t.directed ?? true])).toEqual([
      ["ylr197w", "ydl014w", false],
      ["ylr197w", "ylr197w", false],
      ["ydl014w", "ydl014w", false],
      ["ydl014w", "ydl014w", false],
      ["yor310c", "ypr144c", false],
      ["yor310c", "yor310c", true],
      ["ypr144c", "yll011w", false],
      ["yll011w", "yll011w", false],
    ]);
    const consulted = document.ties[5];
    expect([consulted?.kind, consulted?.label, consulted?.status]).toEqual([
      "other",
      "consulted",
      undefined,
    ]);
    expect(document.ties[7]?.attributes).toEqual({ weight: 2 });
  });

  it("counts them as graphology does: an undirected loop twice, a directed one in and out", () => {
    const metrics = computeMetrics(buildGraph(open("self-loops.gexf").document));
    const degrees = (id: string) => {
      const m = metrics.nodes.get(id);
      return [m?.inDegree, m?.outDegree, m?.undirectedDegree, m?.degree, m?.selfLoops];
    };
    // YLR197W: the tie to YDL014W (1) and its own loop (2). YDL014W: 1 + two loops (2 + 2).
    // YOR310C: the tie to YPR144C (1) and a directed loop (in 1, out 1). YLL011W: 1 + 2.
    expect(degrees("ylr197w")).toEqual([0, 0, 3, 3, 1]);
    expect(degrees("ydl014w")).toEqual([0, 0, 5, 5, 2]);
    expect(degrees("yor310c")).toEqual([1, 1, 1, 3, 1]);
    expect(degrees("ypr144c")).toEqual([0, 0, 2, 2, 0]);
    expect(degrees("yll011w")).toEqual([0, 0, 3, 3, 1]);
  });
});
