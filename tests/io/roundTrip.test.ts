// @vitest-environment jsdom
// Backchannel → GEXF / GraphML / CSV → Backchannel gives back the identical document: title,
// description, as-of, sources, every evidence item, statuses (stated or not), editor's notes, a
// tie's own label, self-loops, times, counts, aliases, attributes and positions, whatever the text
// holds. Files written by other tools keep every attribute through the same trip.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { exportDocumentJson } from "../../src/io/exportDocumentJson";
import { exportGexf as gexfFile } from "../../src/io/exportGexf";
import { importFiles } from "../../src/io/importFiles";
import type { ExportedFile } from "../../src/io/exportedFile";
import type { NetworkDocument } from "../../src/schema/networkDocument";
import { chainWithParallels, seedJson, statusesAndLoops } from "../fixtures/documents";
import { validDocument } from "./arbitraries";
import {
  asImportFiles,
  EXCHANGE_FORMATS,
  opened,
  reopenAs,
  type ExchangeFormat,
} from "./roundTrip";

const FORMATS = Object.keys(EXCHANGE_FORMATS) as ExchangeFormat[];

/** Identical: the same values, and the same file when saved as Backchannel JSON (key order too). */
function expectIdentical(back: NetworkDocument, original: NetworkDocument) {
  expect(back).toEqual(original);
  expect(exportDocumentJson(back).text).toBe(exportDocumentJson(original).text);
}

/** What the readable columns alone cannot carry: each of these needs bc:fields. */
function awkward(): NetworkDocument {
  const document = chainWithParallels();
  const [a, b, c] = document.actors;
  const [t1, t2, t3, t4] = document.ties;
  if (!a || !b || !c || !t1 || !t2 || !t3 || !t4) throw new Error("fixture changed");
  return {
    ...document,
    description: "  spaced\r\nlines\t",
    actors: [
      { ...a, aliases: ["A|1", "Alpha"], description: "", attributes: { empty: null, n: "12" } },
      { ...b, description: " 12 ", attributes: { kind: "Broker", seen: " " } },
      { ...c, attributes: { "": "no name", "bc:fields": "{}", "attributes.x": 1 } },
    ],
    ties: [
      { ...t1, directed: true, evidence: [...t1.evidence, { source: "report", attribution: "x" }] },
      { ...t2, attributes: { status: "Rumoured", kind: "call" } },
      { ...t3, evidence: [{ source: "report", attribution: "a | b", quote: "  spaced quote " }] },
      { ...t4, attributes: { sources: "a|b", Type: "Directed", directed: "yes" } },
    ],
    layout: { positions: { a: { x: 1.5, y: -2e-7 }, c: { x: 1e21, y: 0 } } },
  };
}

/** Ties without a status or summary, an inferred one with its note, own words, self-loops; one
 * status word the vocabulary lacks, kept as an attribute of a tie with no status. */
function claims(): NetworkDocument {
  const document = statusesAndLoops();
  return {
    ...document,
    ties: document.ties.map((tie) =>
      tie.id === "s4" ? { ...tie, attributes: { status: "rumoured" } } : tie,
    ),
  };
}

/** The files as another tool re-saves them: without Backchannel's header. */
function withoutHeader(format: ExchangeFormat, files: ExportedFile[]): ExportedFile[] {
  return files.map((file) => {
    if (format === "GEXF")
      return { ...file, text: file.text.replace(/<bc:document[^]*<\/bc:document>/, "") };
    if (format === "GraphML")
      return {
        ...file,
        text: file.text
          .replace(/\n *<key [^>]*attr\.name="bc:document"[^>]*\/>/, "")
          .replace(/\n *<data key="[^"]+">\{"format"[^\n]*/, ""),
      };
    const rows = Papa.parse<string[]>(file.text).data;
    const column = rows[0]?.indexOf("bc:document") ?? -1;
    if (column < 0) return file;
    return { ...file, text: Papa.unparse(rows.map((row) => row.filter((_, i) => i !== column))) };
  });
}

describe.each(FORMATS)("%s round trip", (format) => {
  it("gives back the seed exactly, without a warning", () => {
    const seed = seedJson();
    const { document, warnings } = reopenAs(format, seed);
    expect(warnings).toEqual([]);
    expectIdentical(document, seed);
  });

  it("gives back what its readable columns cannot carry, through bc:fields", () => {
    const document = awkward();
    const files = EXCHANGE_FORMATS[format](document);
    expect(files.map((file) => file.text).join("")).toContain("bc:fields");
    const back = reopenAs(format, document);
    expect(back.warnings).toEqual([]);
    expectIdentical(back.document, document);
  });

  it("gives back statuses stated or not, the editor's note, own labels and self-loops from the readable columns alone", () => {
    const document = claims();
    const files = EXCHANGE_FORMATS[format](document);
    expect(files.map((file) => file.text).join("")).not.toContain("bc:fields");
    const back = reopenAs(format, document);
    expect(back.warnings).toEqual([]);
    expectIdentical(back.document, document);
  });

  it("re-saved without its header, invents no status, summary or label and keeps self-loops", () => {
    const document = claims();
    const files = withoutHeader(format, EXCHANGE_FORMATS[format](document));
    expect(files.map((file) => file.text).join("")).not.toContain("bc:document");
    const back = opened(importFiles(asImportFiles(files))).document;
    expect(back.sources.map((source) => source.publisher)).toEqual(
      files.map(() => "Imported file"),
    );
    const claimsOf = (doc: NetworkDocument) =>
      doc.ties.map((tie) => ({
        id: tie.id,
        source: tie.source,
        target: tie.target,
        kind: tie.kind,
        label: tie.label,
        directed: tie.directed,
        summary: tie.summary,
        status: tie.status,
        note: tie.note,
        statusWord: tie.attributes?.status,
      }));
    expect(claimsOf(back)).toEqual(claimsOf(document));
  });

  it.runIf(format !== "CSV")(
    "re-saved without its header, keeps the arrangement (Gephi's viz:position, or x and y)",
    () => {
      const document: NetworkDocument = {
        ...claims(),
        layout: {
          positions: {
            o: { x: -120.5, y: 33.25 },
            p: { x: 0, y: 0 },
            q: { x: 240, y: -80 },
          },
        },
      };
      const files = withoutHeader(format, EXCHANGE_FORMATS[format](document));
      const back = opened(importFiles(asImportFiles(files)));
      expect(back.warnings).toEqual([]);
      expect(back.document.layout).toEqual(document.layout);
      expect(back.document.actors.map((actor) => actor.attributes)).toEqual(
        document.actors.map((actor) => actor.attributes),
      );
    },
  );

  it("gives back generated documents exactly (every optional field, any text)", () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        const back = reopenAs(format, document);
        expect(back.warnings).toEqual([]);
        expectIdentical(back.document, document);
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it.each([
    "networkx-contacts.gexf",
    "networkx-contacts.graphml",
    "networkx-contacts.links.json",
    "gephi/data.gexf",
    "gephi/dynamics.gexf",
    "gephi/dynamics_openintervals.gexf",
    "self-loops.gexf",
    "gexf13-time-integer.gexf",
    "networkx-time-long.gexf",
  ])("keeps every attribute of %s (written by another tool) through the trip", (path) => {
    const text = readFileSync(`tests/fixtures/foreign/${path}`, "utf8");
    const first = opened(importFiles([{ name: path.split("/").pop() ?? path, text }])).document;
    const back = reopenAs(format, first);
    expect(back.warnings).toEqual([]);
    expectIdentical(back.document, first);
  });
});

describe("files edited by other tools", () => {
  it("GEXF: keeps a column Gephi added and reads an edited status", () => {
    const document = chainWithParallels();
    const text = gexfFile(document)
      .text.replace(
        '<attributes class="node" mode="static">',
        '<attributes class="node" mode="static">\n      <attribute id="modularity_class" title="Modularity Class" type="integer"/>',
      )
      .replace(
        /(<node id="b"[^>]*>\s*<attvalues>)/,
        '$1\n          <attvalue for="modularity_class" value="3"/>',
      )
      .replace(/(<edge id="t3"[^]*?value=")alleged"/, '$1confirmed"');
    const back = opened(importFiles([{ name: "edited.gexf", text }])).document;
    expect(back.actors[1]?.attributes).toEqual({ "Modularity Class": 3 });
    expect(back.ties[2]?.status).toBe("confirmed");
    expect({ ...back, actors: document.actors, ties: document.ties }).toEqual(document);
  });

  it("CSV: keeps a column a spreadsheet added, and drops the position of a deleted actor row", () => {
    const document: NetworkDocument = {
      ...chainWithParallels(),
      ties: [],
      layout: { positions: { a: { x: 1, y: 2 }, c: { x: 3, y: 4 } } },
    };
    const [nodes, edges] = asImportFiles(EXCHANGE_FORMATS.CSV(document));
    if (!nodes || !edges) throw new Error("two tables");
    const rows = nodes.text.split("\r\n");
    const edited = [
      `${rows[0]},Notes`,
      `${rows[1]},first`,
      ...rows.slice(2, 3).map((row) => `${row},`),
    ].join("\r\n");
    const result = opened(importFiles([{ ...nodes, text: edited }, edges]));
    expect(result.document.actors.map((actor) => [actor.id, actor.attributes])).toEqual([
      ["a", { Notes: "first" }],
      ["b", undefined],
    ]);
    expect(result.document.layout).toEqual({ positions: { a: { x: 1, y: 2 } } });
    expect(result.warnings).toEqual([
      `${nodes.name}: positions of actors no longer in the file were dropped: "c"`,
    ]);
  });

  it("GEXF without its header (re-saved by another tool) opens as another tool's file", () => {
    const seed = seedJson();
    const text = gexfFile(seed).text.replace(/<bc:document[^]*<\/bc:document>/, "");
    const { document } = opened(importFiles([{ name: "resaved.gexf", text }]));
    expect(document.sources.map((source) => source.publisher)).toEqual(["Imported file"]);
    expect(document.actors).toHaveLength(seed.actors.length);
    expect(document.ties.map((tie) => [tie.kind, tie.directed, tie.time])).toEqual(
      seed.ties.map((tie) => [tie.kind, tie.directed === false ? false : undefined, tie.time]),
    );
    // What the columns could not carry is kept, as an attribute.
    expect(document.ties[0]?.attributes?.["bc:fields"]).toContain('"evidence"');
  });

  it("GraphML with a damaged header says so and opens as another tool's file", () => {
    const document = chainWithParallels();
    const file = EXCHANGE_FORMATS.GraphML(document)[0];
    if (!file) throw new Error("one file");
    const text = file.text.replace('{"format":"backchannel/1"', '{"format":"backchannel/9"');
    const result = opened(importFiles([{ name: "damaged.graphml", text }]));
    expect(result.warnings).toEqual([
      "damaged.graphml: its bc:document is not a backchannel/1 header (format backchannel/9); the file was read as another tool's",
    ]);
    expect(result.document.title).toBe(document.title);
    expect(result.document.sources[0]?.publisher).toBe("Imported file");
  });
});
