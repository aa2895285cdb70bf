import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { exportDocumentJson } from "../../src/io/exportDocumentJson";
import { importFiles } from "../../src/io/importFiles";
import { parseDocument } from "../../src/schema/parseDocument";
import type { NetworkDocument } from "../../src/schema/networkDocument";
import { seedJson } from "../fixtures/documents";
import { validDocument } from "./arbitraries";

function reopen(document: NetworkDocument): NetworkDocument {
  const file = exportDocumentJson(document);
  const result = importFiles([{ name: file.fileName, text: file.text }]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.warnings).toEqual([]);
  return result.document;
}

describe("Backchannel JSON export", () => {
  it("re-opens the seed as an identical document", () => {
    const seed = seedJson();
    expect(reopen(seed)).toEqual(seed);
  });

  it("writes the schema's key order with a 2-space indent", () => {
    const seed = seedJson();
    // Keys deliberately out of order: the export puts them back.
    const shuffled: NetworkDocument = {
      ties: seed.ties.map(({ evidence, summary, id, ...rest }) => ({
        evidence,
        summary,
        ...rest,
        id,
      })),
      actors: seed.actors,
      sources: seed.sources,
      title: seed.title,
      format: seed.format,
    };
    const { text, fileName, mimeType } = exportDocumentJson(shuffled);
    expect(fileName).toBe("the-back-channel-behind-edan-alexander-s-release.backchannel.json");
    expect(mimeType).toBe("application/json");
    expect(text.startsWith('{\n  "format": "backchannel/1",\n  "title": ')).toBe(true);
    const firstTie = JSON.parse(text).ties[0] as Record<string, unknown>;
    expect(Object.keys(firstTie)).toEqual([
      "id",
      "source",
      "target",
      "kind",
      "time",
      "summary",
      "status",
      "evidence",
    ]);
    expect(text.endsWith("}\n")).toBe(true);
  });

  it("gives the same text again after a re-open", () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        const text = exportDocumentJson(document).text;
        expect(exportDocumentJson(reopen(document)).text).toBe(text);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it("round-trips generated valid documents exactly", () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        // The generator makes valid documents only; check that first so a failure is clear.
        expect(parseDocument(document).ok).toBe(true);
        expect(reopen(document)).toEqual(document);
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
