import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detectFormat } from "../../src/io/detectFormat";
import { buildGraph } from "../../src/model/actorGraph";
import { SEED_PATH, seedJson } from "../fixtures/documents";

const fixture = (name: string) => ({
  name,
  text: readFileSync(`tests/fixtures/foreign/${name}`, "utf8"),
});
const formatOf = (name: string, text: string) => {
  const result = detectFormat({ name, text });
  return result.ok ? result.format : `problem: ${result.problem.message}`;
};

describe("detectFormat", () => {
  it("knows each format by its content", () => {
    expect(formatOf("seed.json", readFileSync(SEED_PATH, "utf8"))).toBe("backchannel");
    expect(formatOf("g.json", JSON.stringify(buildGraph(seedJson()).export()))).toBe(
      "graphology-json",
    );
    for (const name of ["networkx-contacts.links.json", "networkx-contacts.edges.json"])
      expect(detectFormat(fixture(name))).toEqual({ ok: true, format: "node-link-json" });
    expect(detectFormat(fixture("networkx-contacts.gexf"))).toEqual({ ok: true, format: "gexf" });
    expect(detectFormat(fixture("gephi/dynamics.gexf"))).toEqual({ ok: true, format: "gexf" });
    expect(detectFormat(fixture("networkx-contacts.graphml"))).toEqual({
      ok: true,
      format: "graphml",
    });
    expect(detectFormat(fixture("excel-edges.csv"))).toEqual({ ok: true, format: "csv-edges" });
    expect(detectFormat(fixture("excel-nodes.csv"))).toEqual({ ok: true, format: "csv-nodes" });
  });

  it("ignores the file name when the content is clear", () => {
    expect(formatOf("network.csv", '{"format": "backchannel/1"}')).toBe("backchannel");
    expect(formatOf("network.json", "<graphml/>")).toBe("graphml");
  });

  it("reads CSV headers in any case, with `,` or `;`, with or without a BOM", () => {
    expect(formatOf("a.csv", "source,TARGET,weight\na,b,1")).toBe("csv-edges");
    expect(formatOf("a.csv", "\uFEFFSource;Target\r\na;b")).toBe("csv-edges");
    expect(formatOf("a.csv", '"Id";"Label"\r\n1;One')).toBe("csv-nodes");
    expect(formatOf("a.csv", "ID\tLabel\n1\tOne")).toBe("csv-nodes");
    expect(formatOf("a.csv", "Id,Source,Target\n")).toBe("csv-edges");
  });

  it("tells node-link from graphology JSON, using the name only when the content cannot", () => {
    expect(formatOf("a.json", '{"nodes":[{"key":"a"}],"edges":[]}')).toBe("graphology-json");
    expect(formatOf("a.json", '{"nodes":[{"id":"a"}],"edges":[]}')).toBe("node-link-json");
    expect(formatOf("a.json", '{"nodes":[],"links":[]}')).toBe("node-link-json");
    expect(formatOf("a.json", '{"options":{"type":"mixed"},"nodes":[],"edges":[]}')).toBe(
      "graphology-json",
    );
    expect(formatOf("a.json", '{"directed":true,"nodes":[],"edges":[]}')).toBe("node-link-json");
    expect(formatOf("empty.graphology.json", '{"nodes":[],"edges":[]}')).toBe("graphology-json");
    expect(formatOf("empty.json", '{"nodes":[],"edges":[]}')).toBe("node-link-json");
    expect(formatOf("broken.gexf", "<?xml version='1.0'?>\n<!-- cut off")).toBe("gexf");
  });

  it("names the file and what it can open when the format is unknown", () => {
    const result = detectFormat({ name: "notes.md", text: "Meeting notes\nBahbah met Witkoff" });
    expect(result).toEqual({
      ok: false,
      problem: {
        path: "notes.md",
        message: expect.stringMatching(
          /^cannot open "notes\.md": its content is not a format Backchannel knows\. Backchannel opens its own JSON documents, GEXF, GraphML/,
        ) as unknown,
      },
    });
    expect(formatOf("empty.csv", "  \n")).toMatch(
      /^problem: cannot open "empty\.csv": the file is empty/,
    );
    expect(formatOf("a.csv", "Date,Amount\n2025,12")).toMatch(
      /its first row has no columns it reads\. .* CSV tables whose first row has Source and Target, From and To, Sender and Receiver, or Vertex 1 and Vertex 2 \(a table of ties\), or Id, Name or Label \(a table of actors\)$/,
    );
    expect(formatOf("a.xml", "<svg/>")).toMatch(/neither GEXF \(<gexf>\) nor GraphML/);
    expect(formatOf("a.json", "[1, 2]")).toMatch(/JSON but not an object/);
  });

  it("says what a file from another tool is and how to bring it in", () => {
    const workbook = "PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml";
    expect(formatOf("contacts.xlsx", workbook)).toMatch(
      /^problem: cannot open "contacts\.xlsx": it is a spreadsheet workbook, not a table of text\. Save each sheet as CSV/,
    );
    // the same workbook under another name, another ZIP, and an old binary .xls by its name
    expect(formatOf("contacts", workbook)).toMatch(/spreadsheet workbook/);
    expect(formatOf("network.gexf", "PK\u0003\u0004\u0014\u0000network.gexf")).toMatch(
      /: it is a ZIP archive\. Unpack it and open the network file inside\./,
    );
    expect(formatOf("old.xls", "\u00d0\u00cf\u0011\u00e0")).toMatch(/spreadsheet workbook/);
    expect(formatOf("net.net", '*Vertices 3\n1 "Alice"\n2 "Bob"\n*Arcs\n1 2\n')).toMatch(
      /it is a Pajek network, which Backchannel does not read\. Write it as GEXF or GraphML/,
    );
    expect(formatOf("g.gv", "digraph G {\n  a -> b;\n}\n")).toMatch(
      /it is a Graphviz \(DOT\) graph/,
    );
    expect(formatOf("g.dot", "strict graph { a -- b }")).toMatch(/Graphviz/);
    // a table whose first word is "graph" and that has a brace further down is still a table
    expect(formatOf("t.csv", "graph,Source,Target\nx,a,b\ny,b,{c}\n")).toBe("csv-edges");
  });

  it("points at the line and column of broken JSON", () => {
    expect(formatOf("a.json", '{\n  "nodes": [\n    {"id": "a",}\n  ]\n}')).toMatch(
      /^problem: not valid JSON at line 3, column \d+/,
    );
  });
});
