// The GEXF and GraphML exports open in NetworkX 3.x (read_gexf, read_graphml) with every actor and
// tie: one edge type for the file (NetworkX refuses a mix of directed and undirected edges), each
// tie's own direction as its `directed` attribute, parallel ties kept as a multigraph's edges,
// self-loops kept, a status only where the tie has one, the editor's note and the tie's own label.
// Python is `python3` on the PATH, else /usr/bin/python3 (Debian's python3-networkx), with NetworkX 3 or later;
// without NetworkX the test is skipped with one line, except under CI=true, where it fails.
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportGexf } from "../../src/io/exportGexf";
import { exportGraphml } from "../../src/io/exportGraphml";
import type { NetworkDocument, Tie } from "../../src/schema/networkDocument";
import { TIE_KIND_LABELS } from "../../src/schema/vocabulary";
import { seedJson } from "../fixtures/documents";
import { validDocument } from "./arbitraries";

/** NetworkX 3 or later: 2.x (Debian bookworm's python3-networkx is 2.8) reads only GEXF 1.2draft. */
const NETWORKX_3 =
  "import sys, networkx; sys.exit(0 if int(networkx.__version__.split('.')[0]) >= 3 else 3)";

function findPython(): { python: string | undefined; onlyOld: boolean } {
  let onlyOld = false;
  for (const candidate of ["python3", "/usr/bin/python3"]) {
    const probe = spawnSync(candidate, ["-c", NETWORKX_3], { encoding: "utf8" });
    if (probe.status === 0) return { python: candidate, onlyOld: false };
    if (probe.status === 3) onlyOld = true;
  }
  return { python: undefined, onlyOld };
}

const { python, onlyOld } = findPython();
// Without NetworkX at all, CI fails (below); with only NetworkX 2.x the test says why it skips.
if (!python && (process.env.CI !== "true" || onlyOld))
  console.warn(
    onlyOld
      ? "NetworkX test skipped: only NetworkX 2.x found, which cannot read GEXF 1.3 (pip install 'networkx>=3')"
      : "NetworkX test skipped: no python3 with networkx (apt-get install -y python3-networkx, or pip install networkx)",
  );

/** Reads each file with NetworkX and prints what it found, as JSON. */
const READER = String.raw`
import json, sys
import networkx as nx
out = []
for path in sys.argv[1:]:
    # read_graphml makes integer keys of numeric-looking edge ids unless told otherwise
    G = nx.read_gexf(path) if path.endswith(".gexf") else nx.read_graphml(path, edge_key_type=str)
    edges = G.edges(keys=True, data=True) if G.is_multigraph() else (
        (u, v, None, d) for u, v, d in G.edges(data=True))
    out.append({
        "multigraph": G.is_multigraph(),
        "directed": G.is_directed(),
        "graph": {k: v for k, v in G.graph.items() if isinstance(v, str)},
        "nodes": {str(n): d.get("label") for n, d in G.nodes(data=True)},
        # GEXF: viz:position; GraphML: x and y data (Gephi's keys)
        "positions": {str(n): [p["x"], p["y"]] if (p := d.get("viz", {}).get("position")) else
                      [d["x"], d["y"]] for n, d in G.nodes(data=True)
                      if "viz" in d or "x" in d},
        "edges": sorted([[str(u), str(v), str(d.get("id", k)), d.get("directed"), d.get("kind"),
                          d.get("summary"), d.get("status"), d.get("editor note"), d.get("label")]
                         for u, v, k, d in edges]),
    })
print(json.dumps(out))
`;

interface NetworkxView {
  multigraph: boolean;
  directed: boolean;
  graph: Record<string, string>;
  nodes: Record<string, string | null>;
  positions: Record<string, [number, number]>;
  edges: [
    ...[source: string, target: string, id: string, directed: boolean | null, kind: string | null],
    ...[summary: string | null, status: string | null, note: string | null, label: string | null],
  ][];
}

const folder = mkdtempSync(join(tmpdir(), "backchannel-networkx-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Both exports of each document, read in one Python run (importing NetworkX is the slow part). */
function readWithNetworkx(
  documents: NetworkDocument[],
): { gexf: NetworkxView; graphml: NetworkxView }[] {
  const paths = documents.flatMap((document, index) =>
    [exportGexf(document), exportGraphml(document)].map((file) => {
      const path = join(folder, `${index}-${file.fileName}`);
      writeFileSync(path, file.text);
      return path;
    }),
  );
  const run = spawnSync(python ?? "python3", ["-c", READER, ...paths], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`NetworkX could not read the exports:\n${run.stderr}`);
  const views = JSON.parse(run.stdout) as NetworkxView[];
  return documents.map((_, index) => ({
    gexf: views[2 * index] as NetworkxView,
    graphml: views[2 * index + 1] as NetworkxView,
  }));
}

/**
 * What NetworkX should find: every tie, by its ends and id, with its direction, kind, summary,
 * status and note where it has them, and its label: the tie's own, else (GEXF's edge label,
 * written for Gephi's eyes) the kind's word.
 */
const expectedEdges = (ties: readonly Tie[], format: "gexf" | "graphml") =>
  ties
    .map((tie) => [
      tie.source,
      tie.target,
      tie.id,
      tie.directed ?? null,
      tie.kind,
      tie.summary ?? null,
      tie.status ?? null,
      tie.note ?? null,
      tie.label ?? (format === "gexf" ? TIE_KIND_LABELS[tie.kind] : null),
    ])
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

/**
 * Mixed directions, parallel ties both ways, names in several scripts with markup, self-loops (one
 * with no status and no summary), an inferred tie with its note, and ties with their own words.
 */
function mixedNetwork(): NetworkDocument {
  const evidence = [{ source: "s", attribution: "an official said" }];
  const tie = (id: string, source: string, target: string, rest: Partial<Tie> = {}): Tie => ({
    id,
    source,
    target,
    kind: "message",
    summary: `tie ${id}: “quoted” <b> & 'more'`,
    status: "reported",
    evidence,
    ...rest,
  });
  return {
    format: "backchannel/1",
    title: "Mixed — مختلط",
    sources: [{ id: "s", publisher: "Daily", title: "Report" }],
    actors: [
      { id: "a", name: "Ахмед <A&B>", kind: "person" },
      { id: "b", name: 'بشارة "B"', kind: "person" },
      { id: "c", name: "中文 😀", kind: "government" },
      { id: "d", name: "Alone", kind: "other" },
    ],
    ties: [
      tie("t1", "a", "b"),
      tie("t2", "a", "b", { kind: "call" }),
      tie("t3", "b", "a", { directed: false, kind: "meeting" }),
      tie("t4", "b", "c", { directed: true }),
      tie("t5", "c", "a", { directed: false, summary: "line one\nline two" }),
      tie("t6", "c", "c", { kind: "meeting", label: "Réunion interne" }),
      { id: "t7", source: "a", target: "a", kind: "other", label: "consulted", evidence },
      tie("t8", "a", "c", { kind: "relay", status: "inferred", note: "implied by “the relay”" }),
    ],
    // d has none: Gephi places it.
    layout: { positions: { a: { x: -120.5, y: 33.25 }, b: { x: 0, y: 0 }, c: { x: 240, y: -80 } } },
  };
}

describe.runIf(python)("NetworkX reads the exports", () => {
  it("the seed and a network that mixes directions, with parallel ties, self-loops, statuses stated or not and Unicode", () => {
    const documents = [seedJson(), mixedNetwork()];
    const views = readWithNetworkx(documents);
    documents.forEach((document, index) => {
      for (const format of ["gexf", "graphml"] as const) {
        const view = views[index]?.[format];
        if (!view) throw new Error("NetworkX gave no result");
        expect(view.directed).toBe(true);
        expect(view.multigraph).toBe(true);
        expect(view.nodes).toEqual(
          Object.fromEntries(document.actors.map((actor) => [actor.id, actor.name])),
        );
        expect(view.edges).toEqual(expectedEdges(document.ties, format));
        // Gephi's y axis points up: y turned over in both formats.
        expect(view.positions).toEqual(
          Object.fromEntries(
            Object.entries(document.layout?.positions ?? {}).map(([id, { x, y }]) => [
              id,
              [x, y === 0 ? 0 : -y],
            ]),
          ),
        );
      }
      expect(views[index]?.graphml.graph.title).toBe(document.title);
      expect(JSON.parse(views[index]?.graphml.graph["bc:document"] ?? "")).toMatchObject({
        title: document.title,
      });
    });
  });

  it("generated documents: every actor and tie, whatever the text", () => {
    const documents = fc.sample(validDocument, { seed: 12, numRuns: 12 });
    const views = readWithNetworkx(documents);
    documents.forEach((document, index) => {
      for (const view of [views[index]?.gexf, views[index]?.graphml]) {
        expect(Object.keys(view?.nodes ?? {}).sort()).toEqual(
          document.actors.map((actor) => actor.id).sort(),
        );
        expect(view?.edges.map(([source, target, id]) => [source, target, id])).toEqual(
          expectedEdges(document.ties, "graphml").map(([source, target, id]) => [
            source,
            target,
            id,
          ]),
        );
      }
    });
  });
});

describe.runIf(!python && !onlyOld && process.env.CI === "true")("NetworkX under CI", () => {
  it("needs a python3 with networkx", () => {
    throw new Error("CI=true but no python3 with networkx: apt-get install -y python3-networkx");
  });
});
