// Tables and text formats as people and other tools write them: small excerpts, each with where
// it came from. A table headed in another language opens; a format Backchannel does not read is
// named, with what to do instead.
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/io/detectFormat";
import { importFiles } from "../../src/io/importFiles";

function open(name: string, text: string) {
  const result = importFiles([{ name, text }]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

describe("tables headed in other languages", () => {
  it("reads a German table saved by Excel: BOM, semicolons, CRLF, Von and Nach, Datum", () => {
    // Written by hand as a German-locale Excel saves "CSV UTF-8 (durch Trennzeichen getrennt)".
    const text = "\uFEFFVon;Nach;Datum;Art\r\nMerkel;Macron;2019-03-01;Treffen\r\n";
    const { document, warnings } = open("kontakte.csv", text);
    expect(warnings).toEqual([]);
    expect(document.ties.map((t) => [t.source, t.target, t.time, t.attributes])).toEqual([
      ["merkel", "macron", { start: "2019-03-01" }, { Art: "Treffen" }],
    ]);
  });

  it("reads De and Para, Origen and Destino, and a Fecha column", () => {
    const { document } = open("contactos.csv", "De,Para,Fecha\nAna,Luis,2024-06\n");
    expect(document.ties.map((t) => [t.source, t.target, t.time])).toEqual([
      ["ana", "luis", { start: "2024-06" }],
    ]);
    expect(detectFormat({ name: "red.csv", text: "Origen;Destino\nA;B\n" })).toEqual({
      ok: true,
      format: "csv-edges",
    });
  });
});

describe("formats Backchannel does not read", () => {
  it("names a GML file, with or without igraph's Creator line", () => {
    // The start of nx.write_gml(nx.karate_club_graph()) (NetworkX 3.6.1), and of igraph's
    // write_graph(g, format="gml").
    for (const text of [
      'graph [\n  name "Zachary\'s Karate Club"\n  node [\n    id 0\n  ]\n]\n',
      'Creator "igraph version 0.10.4"\nVersion 1\ngraph\n[\n  directed 0\n]\n',
    ]) {
      const detected = detectFormat({ name: "karate.gml", text });
      expect(detected.ok).toBe(false);
      if (!detected.ok) expect(detected.problem.message).toContain("it is a GML graph");
    }
  });

  it("names Cytoscape's XGMML and says to export GraphML or .cyjs", () => {
    // The root element Cytoscape 3 writes in an .xgmml export.
    const text = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<graph id="52" label="net" directed="1" cy:documentVersion="3.0" xmlns:cy="http://www.cytoscape.org" xmlns="http://www.cs.rpi.edu/XGMML">
  <node id="1" label="A"/>
</graph>`;
    const detected = detectFormat({ name: "network.xml", text });
    expect(detected.ok).toBe(false);
    if (!detected.ok)
      expect(detected.problem.message).toContain(
        "it is XGMML (Cytoscape's XML), which Backchannel does not read. In Cytoscape, export the network as GraphML or Cytoscape.js JSON (.cyjs)",
      );
  });
});
