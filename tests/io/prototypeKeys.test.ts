// Ids and words from a file that are Object.prototype's keys ("constructor", "__proto__",
// "toString"…) behave like any other: as actor ids and names, actor kinds, tie kinds and attribute
// names, in every format, through the picture and every export.
import { describe, expect, it } from "vitest";
import { importFiles } from "../../src/io/importFiles";
import type { ImportFile } from "../../src/io/importResult";
import { exportCsvTables, exportDocumentJson, exportGexf, exportGraphml } from "../../src/io/index";
import type { NetworkDocument } from "../../src/schema/networkDocument";
import { buildGraph } from "../../src/model/actorGraph";
import { computeLayout } from "../../src/layout/forceLayout";
import { layoutInput } from "../../src/layout/layoutInput";
import { buildScene } from "../../src/view/scene";
import { initialState } from "../../src/state/appState";
import { exportSvg } from "../../src/export/svgDocument";
import { computeMetrics } from "../../src/analysis/metrics";
import { escapeXml } from "../../src/export/xml";

/** Every key of Object.prototype: constructor, __proto__, toString, hasOwnProperty, valueOf… */
const KEYS = Object.getOwnPropertyNames(Object.prototype);
/** Each key's tie goes to the next key (a ring). */
const next = (index: number) => KEYS[(index + 1) % KEYS.length]!;
const xml = escapeXml;

function csvFiles(): ImportFile[] {
  const nodes = [
    ["Id", "Label", "Kind", ...KEYS].join(","),
    ...KEYS.map((key) => [key, key, key, ...KEYS.map(() => key)].join(",")),
  ].join("\n");
  const edges = [
    "Source,Target,Kind",
    ...KEYS.map((key, index) => `${key},${next(index)},${key}`),
  ].join("\n");
  return [
    { name: "nodes.csv", text: nodes },
    { name: "edges.csv", text: edges },
  ];
}

function gexfFile(): ImportFile {
  const attributes = ["kind", ...KEYS]
    .map((key, i) => `<attribute id="a${i}" title="${xml(key)}" type="string"/>`)
    .join("");
  const nodes = KEYS.map(
    (key) =>
      `<node id="${xml(key)}" label="${xml(key)}"><attvalues>${["kind", ...KEYS]
        .map((_, i) => `<attvalue for="a${i}" value="${xml(key)}"/>`)
        .join("")}</attvalues></node>`,
  ).join("");
  const edges = KEYS.map(
    (key, index) =>
      `<edge id="${xml(key)}" source="${xml(key)}" target="${xml(next(index))}" kind="${xml(key)}"/>`,
  ).join("");
  return {
    name: "keys.gexf",
    text: `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><attributes class="node">${attributes}</attributes><nodes>${nodes}</nodes><edges>${edges}</edges></graph></gexf>`,
  };
}

function graphmlFile(): ImportFile {
  const keys = ["label", "kind", ...KEYS]
    .map((key, i) => `<key id="k${i}" for="node" attr.name="${xml(key)}" attr.type="string"/>`)
    .join("");
  const nodes = KEYS.map(
    (key) =>
      `<node id="${xml(key)}">${["label", "kind", ...KEYS]
        .map((_, i) => `<data key="k${i}">${xml(key)}</data>`)
        .join("")}</node>`,
  ).join("");
  const edges = KEYS.map(
    (key, index) =>
      `<edge id="${xml(key)}" source="${xml(key)}" target="${xml(next(index))}"><data key="ek">${xml(key)}</data></edge>`,
  ).join("");
  return {
    name: "keys.graphml",
    text: `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}<key id="ek" for="edge" attr.name="kind" attr.type="string"/><graph edgedefault="directed">${nodes}${edges}</graph></graphml>`,
  };
}

/** JSON objects built with own "__proto__" keys, as JSON.parse makes them. */
const jsonRecord = (entries: [string, unknown][]) =>
  `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(",")}}`;

function nodeLinkFile(): ImportFile {
  const nodes = KEYS.map((key) =>
    jsonRecord([
      ["id", key],
      ["name", key],
      ["kind", key],
      ...KEYS.map((attribute): [string, unknown] => [attribute, key]),
    ]),
  );
  const links = KEYS.map((key, index) => ({ source: key, target: next(index), kind: key }));
  return {
    name: "keys.json",
    text: `{"directed":true,"nodes":[${nodes.join(",")}],"links":${JSON.stringify(links)}}`,
  };
}

function graphologyFile(): ImportFile {
  const nodes = KEYS.map(
    (key) =>
      `{"key":${JSON.stringify(key)},"attributes":${jsonRecord([
        ["label", key],
        ["kind", key],
        ...KEYS.map((attribute): [string, unknown] => [attribute, key]),
      ])}}`,
  );
  const edges = KEYS.map((key, index) => ({
    key,
    source: key,
    target: next(index),
    attributes: { kind: key },
  }));
  return {
    name: "keys.graphology.json",
    text: `{"options":{"type":"directed","multi":true},"attributes":{},"nodes":[${nodes.join(",")}],"edges":${JSON.stringify(edges)}}`,
  };
}

function opened(files: ImportFile[]): NetworkDocument {
  const result = importFiles(files);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.document;
}

/** Nothing of Object.prototype and no broken number leaks into a written file. */
const LEAKS = /NaN|undefined|\[native code\]|\[object |function /;

function expectDrawnAndExported(document: NetworkDocument): void {
  const graph = buildGraph(document);
  const input = layoutInput(graph);
  const positions = computeLayout(input.nodes, input.links);
  const scene = buildScene({ graph, positions, state: initialState() });
  expect(scene.nodes).toHaveLength(KEYS.length);
  expect(scene.edges).toHaveLength(KEYS.length);
  for (const node of scene.nodes) {
    expect(Number.isFinite(node.x) && Number.isFinite(node.y), node.id).toBe(true);
  }
  // A ring: every actor is between others, and all are in communities.
  const metrics = computeMetrics(graph);
  for (const id of graph.nodes()) {
    expect(metrics.nodes.get(id)?.betweenness, id).toBeGreaterThan(0);
    expect(metrics.nodes.get(id)?.community, id).toBeTypeOf("number");
  }
  const svg = exportSvg(scene, {
    title: "Keys",
    caption: "",
    credit: "Source: a file",
    asOf: "",
    description: "Object.prototype's keys",
    background: "light",
    frame: { kind: "fit", width: 1200 },
  }).markup;
  expect(svg).not.toMatch(LEAKS);
  expect(svg).toContain("translate(");
  const written = [
    exportGexf(document),
    exportGraphml(document),
    ...exportCsvTables(document),
    exportDocumentJson(document),
  ];
  for (const file of written) expect(file.text, file.fileName).not.toMatch(LEAKS);
}

describe.each([
  ["CSV", csvFiles],
  ["GEXF", () => [gexfFile()]],
  ["GraphML", () => [graphmlFile()]],
  ["node-link JSON", () => [nodeLinkFile()]],
  ["graphology JSON", () => [graphologyFile()]],
])("Object.prototype's keys in %s", (_format, files) => {
  it("are actors, names, kinds and attribute names like any other", () => {
    const document = opened(files());
    expect(document.actors.map((actor) => actor.name)).toEqual(KEYS);
    for (const [index, actor] of document.actors.entries()) {
      const key = KEYS[index]!;
      // Not a kind of the vocabulary: "other", with the word kept.
      expect(actor.kind, key).toBe("other");
      expect(actor.attributes?.kind, key).toBe(key);
      for (const attribute of KEYS)
        if (attribute !== "__proto__")
          expect(Object.hasOwn(actor.attributes ?? {}, attribute), `${key}.${attribute}`).toBe(
            true,
          );
    }
    // Not a kind of the vocabulary: "other", with the file's word as the tie's own wording.
    expect(document.ties.map((tie) => tie.kind)).toEqual(KEYS.map(() => "other"));
    expect(document.ties.map((tie) => tie.label)).toEqual(KEYS);
    const ids = new Map(document.actors.map((actor) => [actor.id, actor.name]));
    expect(document.ties.map((tie) => [ids.get(tie.source), ids.get(tie.target)])).toEqual(
      KEYS.map((key, index) => [key, next(index)]),
    );
  });

  it("are drawn at finite places and exported without NaN", () => {
    expectDrawnAndExported(opened(files()));
  });
});

describe("Object.prototype's keys in a Backchannel document", () => {
  const attributes = KEYS.filter((key) => key !== "__proto__");
  const document: NetworkDocument = {
    format: "backchannel/1",
    title: "Keys",
    sources: [{ id: "constructor-1", publisher: "constructor", title: "toString" }],
    actors: KEYS.map((key, index) => ({
      id: `actor-${index}`,
      name: key,
      kind: "person",
      attributes: Object.fromEntries(attributes.map((attribute) => [attribute, key])),
    })),
    ties: KEYS.map((key, index) => ({
      id: `tie-${index}`,
      source: `actor-${index}`,
      target: `actor-${(index + 1) % KEYS.length}`,
      kind: "message",
      summary: key,
      status: "reported",
      evidence: [{ source: "constructor-1", attribution: key }],
    })),
    layout: { positions: { "actor-0": { x: 10, y: 20 } } },
  };

  it("opens as it is, is drawn and exported", () => {
    const result = importFiles([{ name: "keys.json", text: JSON.stringify(document) }]);
    expect(result.ok && result.document).toEqual(document);
    expectDrawnAndExported(document);
  });

  it('refuses the id "constructor", the one key of Object.prototype that is a slug', () => {
    const broken = structuredClone(document);
    broken.actors[0]!.id = "constructor";
    broken.ties[0]!.source = "constructor";
    const result = importFiles([{ name: "keys.json", text: JSON.stringify(broken) }]);
    expect(!result.ok && result.problems[0]).toEqual({
      path: "actors[0].id",
      message:
        'is a word every JavaScript object already carries, so it cannot be an id: add to it (e.g. "constructor-1")',
    });
  });
});
