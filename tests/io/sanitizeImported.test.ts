import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sanitizeImported, ONLY_HIDDEN } from "../../src/io/sanitizeImported";
import { parseDocument } from "../../src/schema/parseDocument";
import type { NetworkDocument } from "../../src/schema/networkDocument";
import { chainWithParallels } from "../fixtures/documents";

function withNames(names: [string, string, string]): NetworkDocument {
  const doc = chainWithParallels();
  doc.actors.forEach((actor, i) => (actor.name = names[i]!));
  return doc;
}

describe("sanitizeImported", () => {
  it("leaves a clean document as it is, record for record", () => {
    const doc = chainWithParallels();
    const { document, warnings } = sanitizeImported(doc);
    expect(document).toEqual(doc);
    expect(document.actors.every((actor, i) => actor === doc.actors[i])).toBe(true);
    expect(document.ties.every((tie, i) => tie === doc.ties[i])).toBe(true);
    expect(warnings).toEqual([]);
  });

  it("takes direction controls out of names, with a warning naming each actor", () => {
    const doc = withNames(["\u202EsamaH", "\u202Esetats detinU", "Charlie"]);
    const { document, warnings } = sanitizeImported(doc);
    expect(document.actors.map((actor) => actor.name)).toEqual([
      "samaH",
      "setats detinU",
      "Charlie",
    ]);
    expect(warnings).toEqual([
      'actor "samaH": removed hidden characters (U+202E) from its name; direction controls can make text read other than it is written',
      'actor "setats detinU": removed hidden characters (U+202E) from its name; direction controls can make text read other than it is written',
    ]);
  });

  it("cleans every text of actors, ties and sources and names the fields", () => {
    const doc = chainWithParallels();
    doc.title = "Chain\u200B";
    doc.sources[0]!.publisher = "Dai\u00ADly";
    doc.actors[1]!.aliases = ["\u200B", "B\u2060"];
    doc.actors[1]!.role = "envoy\u202C";
    doc.actors[1]!.attributes = { "na\u200Bme": "x\u200By", plain: 3 };
    doc.ties[0]!.summary = "first\u2066";
    doc.ties[0]!.evidence = [
      { source: "report", attribution: "an\u200B official", quote: "q\u200B" },
    ];
    const { document, warnings } = sanitizeImported(doc);
    expect(document.title).toBe("Chain");
    expect(document.sources[0]!.publisher).toBe("Daily");
    expect(document.actors[1]).toEqual({
      id: "b",
      name: "Bravo",
      kind: "person",
      aliases: ["B"],
      role: "envoy",
      attributes: { name: "xy", plain: 3 },
    });
    expect(document.ties[0]!.summary).toBe("first");
    expect(document.ties[0]!.evidence).toEqual([
      { source: "report", attribution: "an official", quote: "q" },
    ]);
    expect(warnings).toEqual([
      "the network: removed hidden characters (U+200B) from its title",
      'source "report": removed hidden characters (U+00AD) from its publisher',
      'actor "Bravo": removed hidden characters (U+200B, U+2060, U+202C) from its aliases, role, attribute names, attribute "name"; direction controls can make text read other than it is written',
      'tie "t1": removed hidden characters (U+2066, U+200B) from its summary, attribution, quote; direction controls can make text read other than it is written',
    ]);
  });

  it("names an actor by its id when its name was nothing but hidden characters", () => {
    expect(
      sanitizeImported(withNames(["\u202E\u200B", "Bravo", "Charlie"])).document.actors[0]!.name,
    ).toBe("a");
    // An optional text of hidden characters only goes; an inferred tie's note must stay.
    const doc = chainWithParallels();
    doc.ties[0]!.summary = "\u200B";
    doc.ties[1] = { ...doc.ties[1]!, status: "inferred", note: "\u2066\u2069" };
    const { document } = sanitizeImported(doc);
    expect(document.ties[0]!.summary).toBeUndefined();
    expect(document.ties[1]!.note).toBe(ONLY_HIDDEN);
  });

  it("cuts a name over 1,000 characters and a description over 20,000, with warnings", () => {
    const doc = withNames(["x".repeat(10_000), "Bravo", "Charlie"]);
    doc.actors[0]!.description = "y".repeat(1_048_576);
    const { document, warnings } = sanitizeImported(doc);
    expect(document.actors[0]!.name).toBe(`${"x".repeat(999)}…`);
    expect(document.actors[0]!.description).toBe(`${"y".repeat(19_999)}…`);
    expect(warnings).toEqual([
      `actor "${"x".repeat(59)}…": cut its name to 1,000 characters (it had 10,000), its description to 20,000 characters (it had 1,048,576)`,
    ]);
  });

  it("always gives a valid document, unchanged by the schema", () => {
    const hidden = fc.constantFrom("\u202E", "\u200B", "\u2066", "\u200D", "\uFEFF", " ", "a", "ب");
    const text = fc.array(hidden, { minLength: 1, maxLength: 8 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(fc.tuple(text, text, text), text, text, (names, summary, alias) => {
        const doc = withNames(names);
        doc.ties[1]!.summary = summary;
        doc.actors[2]!.aliases = [alias];
        doc.actors[2]!.role = alias;
        // Imported documents have passed the schema: start from one that does.
        const valid = parseDocument(doc);
        fc.pre(valid.ok);
        if (!valid.ok) return;
        const result = parseDocument(sanitizeImported(valid.document).document);
        expect(result.ok && result.document).toEqual(sanitizeImported(valid.document).document);
      }),
    );
  });
});
