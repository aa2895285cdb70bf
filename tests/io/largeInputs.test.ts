// Files whose size or depth once overflowed the call stack: push(...rows) with 130,000 rows,
// 200,000 nested brackets in a broken JSON file, 100,000 nested elements in a GEXF description. Each must give its answer, not "Maximum call stack size
// exceeded".
import { describe, expect, it } from "vitest";
import { importCsvFiles } from "../../src/io/importCsv";
import { importGexf } from "../../src/io/importGexf";
import { importBackchannelJson } from "../../src/io/importBackchannelJson";

describe("files too big for push(...) and recursion", () => {
  it("opens a Source,Target CSV of 130,000 rows", () => {
    // Row i: a(i mod 1000) → a((7i + 1) mod 1000); never a self-tie (6i + 1 is odd, 1000 even).
    const rows = ["Source,Target"];
    for (let i = 0; i < 130_000; i++) rows.push(`a${i % 1000},a${(7 * i + 1) % 1000}`);
    const result = importCsvFiles([{ name: "big.csv", text: rows.join("\n") }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(result.document.actors).toHaveLength(1000);
    expect(result.document.ties).toHaveLength(130_000);
    expect(result.warnings).toEqual([]);
  });

  it("names where 200,000 nested brackets of broken JSON stop", () => {
    const result = importBackchannelJson({ name: "deep.json", text: "[".repeat(200_000) });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: "",
          message: "not valid JSON at line 1, column 200001: unexpected the end of the file",
        },
      ],
    });
  });

  it("reads a GEXF description nested 100,000 elements deep", () => {
    const nested = `${"<b>".repeat(100_000)}deep${"</b>".repeat(100_000)}`;
    const text = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><meta><description>${nested}</description></meta><graph><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>`;
    const result = importGexf({ name: "deep.gexf", text });
    expect(result.ok && result.document.description).toBe("deep");
  });
});
