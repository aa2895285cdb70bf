import { describe, expect, expectTypeOf, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import {
  formatPath,
  formatProblem,
  parseDocument,
  parseDocumentText,
} from "../../src/schema/parseDocument";
import type { Actor, NetworkDocument, Tie } from "../../src/schema/networkDocument";
import type { ActorKind, TieKind, TieStatus } from "../../src/schema/vocabulary";
import { chainWithParallels, seedJson } from "../fixtures/documents";

function problemsOf(input: unknown): string[] {
  const result = parseDocument(input);
  if (result.ok) throw new Error("expected problems, document was valid");
  return result.problems.map(formatProblem);
}

describe("every file in data/", () => {
  const files = readdirSync("data").filter((f) => f.endsWith(".json"));
  it("has at least one network", () => expect(files.length).toBeGreaterThan(0));
  it.each(files)("%s validates", (file) => {
    const result = parseDocumentText(readFileSync(`data/${file}`, "utf8"));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });
});

describe("the document schema", () => {
  it("accepts a small valid document and keeps every field", () => {
    const doc = chainWithParallels();
    const result = parseDocument(doc);
    expect(result.ok && result.document).toEqual(doc);
  });

  it("infers the types from the schemas", () => {
    expectTypeOf<Actor["kind"]>().toEqualTypeOf<ActorKind>();
    expectTypeOf<Tie["kind"]>().toEqualTypeOf<TieKind>();
    expectTypeOf<Tie["status"]>().toEqualTypeOf<TieStatus | undefined>();
    expectTypeOf<Tie["note"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NetworkDocument["format"]>().toEqualTypeOf<"backchannel/1">();
    expectTypeOf<Tie["directed"]>().toEqualTypeOf<boolean | undefined>();
  });

  it("rejects something that is not a document at all", () => {
    expect(problemsOf([])).toEqual(["a Backchannel document must be a JSON object"]);
    expect(problemsOf({ nodes: [] })[0]).toMatch(/^format: is required/);
  });

  it("rejects an unknown format version", () => {
    expect(problemsOf({ ...chainWithParallels(), format: "backchannel/9" })).toEqual([
      'format: must be "backchannel/1", got the text "backchannel/9"',
    ]);
  });

  it("names an unknown actor with its path and a hint", () => {
    const doc = seedJson();
    doc.ties[3]!.target = "witkof";
    expect(problemsOf(doc)).toEqual([
      'ties[3].target: no actor "witkof" (did you mean "steve-witkoff"?)',
    ]);
  });

  it("names an unknown source in evidence", () => {
    const doc = chainWithParallels();
    doc.ties[1]!.evidence = [{ source: "reprot", attribution: "x" }];
    expect(problemsOf(doc)).toEqual([
      'ties[1].evidence[0].source: no source "reprot" (did you mean "report"?)',
    ]);
  });

  it("finds duplicate ids in each collection", () => {
    const doc = chainWithParallels();
    doc.actors[2]!.id = "a";
    doc.ties[3]!.id = "t1";
    const problems = problemsOf(doc);
    expect(problems).toContain('actors[2].id: duplicate id "a" (first used at actors[0])');
    expect(problems).toContain('ties[3].id: duplicate id "t1" (first used at ties[0])');
  });

  it("rejects a time that ends before it starts", () => {
    const doc = chainWithParallels();
    doc.ties[0]!.time = { start: "2025-05-02", end: "2025-05-01" };
    expect(problemsOf(doc)).toEqual([
      "ties[0].time.end: ends (2025-05-01) before it starts (2025-05-02)",
    ]);
  });

  it("accepts a range inside one month written at two precisions", () => {
    const doc = chainWithParallels();
    doc.ties[0]!.time = { start: "2025-05", end: "2025-05-31" };
    expect(parseDocument(doc).ok).toBe(true);
  });

  it("accepts a tie from an actor to itself (an organisation consulting internally)", () => {
    const doc = chainWithParallels();
    doc.ties[2]!.target = "b";
    expect(doc.ties[2]!.source).toBe("b");
    expect(parseDocument(doc).ok).toBe(true);
  });

  it("leaves a tie's status out when it is not stated, and never fills it in", () => {
    const doc = chainWithParallels();
    delete doc.ties[1]!.status;
    const result = parseDocument(doc);
    expect(result.ok && result.document.ties[1]).not.toHaveProperty("status");
  });

  it("asks an inferred tie for the editor's note, at the tie's note", () => {
    const doc = chainWithParallels();
    doc.ties[3]!.status = "inferred";
    expect(problemsOf(doc)).toEqual([
      "ties[3].note: an inferred tie needs a note saying why the reporting implies it (the source does not state it)",
    ]);
    doc.ties[3]!.note = "   ";
    expect(problemsOf(doc)).toEqual(["ties[3].note: note must not be empty"]);
    doc.ties[3]!.note = "The report implies it: they met, so someone arranged it.";
    const result = parseDocument(doc);
    expect(result.ok && result.document.ties[3]).toMatchObject({
      status: "inferred",
      note: "The report implies it: they met, so someone arranged it.",
    });
  });

  it("rejects a status outside the vocabulary, naming the allowed ones", () => {
    const doc = chainWithParallels() as unknown as { ties: Record<string, unknown>[] };
    doc.ties[0]!.status = "rumoured";
    expect(problemsOf(doc)[0]).toMatch(/^ties\[0\]\.status: .*inferred/);
  });

  it("rejects links that are not http(s)", () => {
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,hi",
      "ftp://example.org/x",
      "not a url",
    ]) {
      const doc = chainWithParallels();
      doc.sources[0]!.url = url;
      expect(problemsOf(doc)).toEqual(["sources[0].url: must be an http(s) link"]);
    }
    const ok = chainWithParallels();
    ok.sources[0]!.url = "https://example.org/report";
    expect(parseDocument(ok).ok).toBe(true);
  });

  it("rejects impossible dates", () => {
    const doc = chainWithParallels();
    doc.ties[0]!.time = { start: "2025-04-31" };
    expect(problemsOf(doc)[0]).toMatch(/^ties\[0\]\.time\.start: must be a date written YYYY/);
  });

  it("requires evidence on every tie", () => {
    const doc = chainWithParallels();
    doc.ties[0]!.evidence = [];
    expect(problemsOf(doc)).toEqual([
      "ties[0].evidence: every tie needs at least one piece of evidence",
    ]);
  });

  it("suggests the closest value for a misspelt kind and field", () => {
    const doc = chainWithParallels() as unknown as {
      ties: Record<string, unknown>[];
      actors: Record<string, unknown>[];
    };
    doc.ties[0]!.kind = "mesage";
    doc.actors[0]!.nmae = "Alpha";
    const problems = problemsOf(doc);
    expect(problems[0]).toBe('actors[0]: unknown field "nmae" (did you mean "name"?)');
    expect(problems[1]).toMatch(
      /^ties\[0\]\.kind: the text "mesage" is not one of .*\(did you mean "message"\?\)$/,
    );
  });

  it("reports a missing field as required and a wrong type with what it got", () => {
    const doc = chainWithParallels() as unknown as {
      ties: Record<string, unknown>[];
      actors: Record<string, unknown>[];
    };
    delete doc.ties[2]!.evidence;
    doc.actors[1]!.aliases = "B";
    expect(problemsOf(doc)).toEqual([
      'actors[1].aliases: expected a list, got the text "B"',
      "ties[2].evidence: is required",
    ]);
  });

  it("reports every problem at once, field and cross-check alike, in document order", () => {
    const doc = chainWithParallels() as unknown as { ties: Record<string, unknown>[] };
    doc.ties[0]!.status = "rumoured";
    doc.ties[2]!.target = "zulu";
    const problems = problemsOf(doc);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^ties\[0\]\.status/);
    expect(problems[1]).toBe('ties[2].target: no actor "zulu"');
  });

  it("cross-checks the ties it can read past one it cannot, and names no undefined actor", () => {
    const doc = chainWithParallels() as unknown as { ties: unknown[] };
    doc.ties[0] = null;
    (doc.ties[2] as Record<string, unknown>).target = "zulu";
    delete (doc.ties[3] as Record<string, unknown>).source;
    delete (doc.ties[3] as Record<string, unknown>).target;
    expect(problemsOf(doc)).toEqual([
      "ties[0]: expected an object, got null",
      'ties[2].target: no actor "zulu"',
      "ties[3].source: is required",
      "ties[3].target: is required",
    ]);
  });

  it("never throws, whatever the records hold", () => {
    // Every kind of JSON value, and words the fixture uses as ids and dates.
    const field = fc.oneof(
      fc.constantFrom(null, undefined, true, 0, -1.5, "", "a", "b", "report", "2025-04", "zulu"),
      fc.string(),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }),
    );
    const record = fc.dictionary(
      fc.constantFrom("id", "source", "target", "time", "evidence", "start", "end", "positions"),
      fc.oneof(field, fc.array(fc.dictionary(fc.constantFrom("source", "start"), field))),
    );
    fc.assert(
      fc.property(
        fc.record({
          sources: fc.oneof(field, fc.array(record)),
          actors: fc.oneof(field, fc.array(record)),
          ties: fc.oneof(field, fc.array(fc.oneof(record, field))),
          layout: fc.oneof(field, record),
        }),
        (fields) => {
          const result = parseDocument({ ...chainWithParallels(), ...fields });
          if (!result.ok)
            for (const problem of result.problems) expect(typeof problem.message).toBe("string");
        },
      ),
    );
  });

  it("rejects pinned positions for actors that do not exist", () => {
    const doc = chainWithParallels();
    doc.layout = { positions: { a: { x: 1, y: 2 }, zed: { x: 0, y: 0 } } };
    expect(problemsOf(doc)).toEqual(['layout.positions.zed: no actor "zed"']);
  });

  it("rejects an overlong quote: quotes are short phrases", () => {
    const doc = chainWithParallels();
    doc.ties[0]!.evidence = [{ source: "report", attribution: "x", quote: "word ".repeat(40) }];
    expect(problemsOf(doc)).toEqual(["ties[0].evidence[0].quote: a quote is a short phrase"]);
  });

  it("names the line and column of a JSON syntax error", () => {
    const result = parseDocumentText('{\n  "format": "backchannel/1",\n  "title": oops\n}');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]!.message).toMatch(/^not valid JSON at line 3, column \d+/);
  });

  it("formats paths the way people read them", () => {
    expect(formatPath(["ties", 3, "evidence", 0, "source"])).toBe("ties[3].evidence[0].source");
    expect(formatPath(["layout", "positions", "a b"])).toBe('layout.positions["a b"]');
  });
});

describe("JSON syntax errors", () => {
  it.each([
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": [1, 2\n}', 3, 1],
    ['{"a": "unterminated', 1, 20],
    ["[1, 2] x", 1, 8],
    ['{"a": tru}', 1, 10],
  ])("%j fails at line %i, column %i", (text, line, column) => {
    const result = parseDocumentText(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]!.message).toMatch(
        new RegExp(`^not valid JSON at line ${line}, column ${column}:`),
      );
  });
});
