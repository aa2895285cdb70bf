import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  actorForm,
  actorFromForm,
  checkTieForm,
  detailsForm,
  detailsFromForm,
  emptyDocument,
  sourceForm,
  sourceFromForm,
  tieForm,
  tieFromForm,
  timeForm,
  timeFromForm,
  type TieForm,
} from "../../src/edit/recordForms";
import {
  ActorSchema,
  SourceSchema,
  TieSchema,
  type Actor,
  type Source,
  type Tie,
  type TieTime,
} from "../../src/schema/networkDocument";
import { parseDocument } from "../../src/schema/parseDocument";
import { ACTOR_KINDS, TIE_KINDS, TIE_STATUSES } from "../../src/schema/vocabulary";
import { attributeKey, attributeValue, partialDate, slug, tieTime } from "../io/arbitraries";

const LINE_CHARS = [..."abcdefghijXYZ0123456789 .,;:!?()<>&\"'=+-@/|#%", "é", "—", "ح", "中", "😀"];

/** Trimmed, non-empty, single-line text (list items are one per line in the form). */
const line = (maxLength = 20) =>
  fc
    .string({ unit: fc.constantFrom(...LINE_CHARS), minLength: 1, maxLength })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
/** Free text as a description or quote may hold it: line breaks, outer spaces, even blank. */
const freeText = fc.string({ unit: fc.constantFrom(...LINE_CHARS, "\n", "\t"), maxLength: 40 });
const attributes = fc.dictionary(attributeKey, attributeValue, {
  minKeys: 1,
  maxKeys: 3,
  noNullPrototype: true,
});
const link = slug.map((path) => `https://example.org/${path}`);

const actorArb: fc.Arbitrary<Actor> = fc.record(
  {
    id: slug,
    name: line(),
    aliases: fc.array(line(), { maxLength: 3 }),
    kind: fc.constantFrom(...ACTOR_KINDS),
    role: line(),
    affiliations: fc.array(line(), { maxLength: 2 }),
    description: freeText,
    links: fc.array(link, { maxLength: 2 }),
    attributes,
  },
  { requiredKeys: ["id", "name", "kind"], noNullPrototype: true },
);

const tieArb: fc.Arbitrary<Tie> = fc
  .record(
    {
      id: slug,
      source: slug,
      target: slug,
      kind: fc.constantFrom(...TIE_KINDS),
      label: line(20),
      directed: fc.boolean(),
      time: tieTime,
      count: fc.record(
        {
          value: fc.oneof(
            fc.integer({ min: 1, max: 500 }),
            fc.double({ min: 0.001, max: 1e25, noNaN: true, noDefaultInfinity: true }),
          ),
          approximate: fc.boolean(),
          unit: line(12),
        },
        { requiredKeys: ["value", "unit"], noNullPrototype: true },
      ),
      summary: line(40),
      status: fc.constantFrom(...TIE_STATUSES),
      note: line(40),
      evidence: fc.array(
        fc.record(
          { source: slug, attribution: line(40), quote: freeText.filter((q) => q.length > 0) },
          { requiredKeys: ["source", "attribution"], noNullPrototype: true },
        ),
        { minLength: 1, maxLength: 3 },
      ),
      attributes,
    },
    {
      requiredKeys: ["id", "source", "target", "kind", "evidence"],
      noNullPrototype: true,
    },
  )
  // The schema's own rule: an inferred tie carries its note.
  .filter((tie) => tie.status !== "inferred" || tie.note !== undefined);

const sourceArb: fc.Arbitrary<Source> = fc.record(
  {
    id: slug,
    publisher: line(),
    title: line(),
    date: partialDate,
    url: link,
    cites: line(12),
    notes: freeText,
  },
  { requiredKeys: ["id", "publisher", "title"], noNullPrototype: true },
);

const baseTie: Tie = {
  id: "t1",
  source: "a",
  target: "b",
  kind: "message",
  summary: "A wrote to B.",
  evidence: [{ source: "report", attribution: "an aide said" }],
};

describe("record ⇄ form", () => {
  it("an actor comes back identical from its form, whatever fields it has", () => {
    fc.assert(
      fc.property(actorArb, (actor) => {
        expect(ActorSchema.safeParse(actor).success).toBe(true);
        expect(actorFromForm(actorForm(actor), actor.id, actor)).toStrictEqual(actor);
      }),
      { numRuns: 300 },
    );
  });

  it("a tie comes back identical from its form, whatever fields it has", () => {
    fc.assert(
      fc.property(tieArb, (tie) => {
        expect(TieSchema.safeParse(tie).success).toBe(true);
        expect(tieFromForm(tieForm(tie), tie.id, tie)).toStrictEqual(tie);
      }),
      { numRuns: 300 },
    );
  });

  it("a source comes back identical from its form", () => {
    fc.assert(
      fc.property(sourceArb, (source) => {
        expect(SourceSchema.safeParse(source).success).toBe(true);
        expect(sourceFromForm(sourceForm(source), source.id, source)).toStrictEqual(source);
      }),
      { numRuns: 200 },
    );
  });

  it("the network's details come back identical", () => {
    for (const details of [
      { title: "T" },
      { title: "T", description: "two\nlines ", asOf: "2025-05" },
      { title: "T", description: "" },
    ])
      expect(detailsFromForm(detailsForm(details), details)).toStrictEqual(details);
  });

  // Every precision the form offers, each worked out by hand.
  const times: [string, TieTime | undefined, ReturnType<typeof timeForm>][] = [
    ["undated", undefined, { precision: "undated" }],
    [
      "an exact day",
      { start: "2025-04-22" },
      { precision: "day", date: "2025-04-22", approximate: false, label: "" },
    ],
    [
      "a month",
      { start: "2025-03" },
      { precision: "month", date: "2025-03", approximate: false, label: "" },
    ],
    [
      "a year",
      { start: "2024" },
      { precision: "year", date: "2024", approximate: false, label: "" },
    ],
    [
      "a range",
      { start: "2025-04-29", end: "2025-05-12" },
      { precision: "range", start: "2025-04-29", end: "2025-05-12", approximate: false, label: "" },
    ],
    [
      "a range with only an end ('until')",
      { end: "2025-05-12" },
      { precision: "range", start: "", end: "2025-05-12", approximate: false, label: "" },
    ],
    [
      "a range whose ends are the same day",
      { start: "2025-05-12", end: "2025-05-12" },
      { precision: "range", start: "2025-05-12", end: "2025-05-12", approximate: false, label: "" },
    ],
    [
      "an approximate range with the report's words",
      { start: "2025-04-21", end: "2025-04-30", approximate: true, label: "late April 2025" },
      {
        precision: "range",
        start: "2025-04-21",
        end: "2025-04-30",
        approximate: true,
        label: "late April 2025",
      },
    ],
    [
      "a month with a free label",
      { start: "2025-03", label: "in March" },
      { precision: "month", date: "2025-03", approximate: false, label: "in March" },
    ],
    [
      "an explicit approximate: false",
      { start: "2025", approximate: false },
      { precision: "year", date: "2025", approximate: false, label: "" },
    ],
  ];
  it.each(times)("time: %s", (_, time, form) => {
    expect(timeForm(time)).toStrictEqual(form);
    expect(timeFromForm(form, time)).toStrictEqual(time);
  });

  it("each precision × approximate × label survives the round trip inside a tie", () => {
    for (const [, time] of times)
      for (const approximate of [undefined, true, false])
        for (const label of [undefined, "as reported"]) {
          const withTime: Tie =
            time === undefined
              ? baseTie
              : {
                  ...baseTie,
                  time: {
                    ...time,
                    ...(approximate === undefined ? {} : { approximate }),
                    ...(label === undefined ? {} : { label }),
                  },
                };
          expect(tieFromForm(tieForm(withTime), "t1", withTime)).toStrictEqual(withTime);
        }
  });
});

describe("form → record", () => {
  it("a new actor from a filled form: trimmed, lists one per line, empty fields left out", () => {
    const form = {
      ...actorForm(),
      name: "  Steve Witkoff ",
      kind: "person" as const,
      aliases: "Witkoff\n\n  Steven Witkoff  \r\n",
      links: "https://example.org/witkoff\n",
    };
    expect(actorFromForm(form, "steve-witkoff")).toStrictEqual({
      id: "steve-witkoff",
      name: "Steve Witkoff",
      kind: "person",
      aliases: ["Witkoff", "Steven Witkoff"],
      links: ["https://example.org/witkoff"],
    });
  });

  it("clearing a field removes it; the record's attributes stay", () => {
    const actor: Actor = {
      id: "a",
      name: "Alpha",
      kind: "media",
      role: "editor",
      description: "old",
      attributes: { party: "x" },
    };
    const form = { ...actorForm(actor), role: " ", description: "" };
    expect(actorFromForm(form, "a", actor)).toStrictEqual({
      id: "a",
      name: "Alpha",
      kind: "media",
      attributes: { party: "x" },
    });
  });

  it("a tie with no single direction, a count and an inferred status with its note", () => {
    const form: TieForm = {
      ...tieForm({ source: "a", target: "b" }),
      directed: false,
      time: { precision: "month", date: "2025-03", approximate: true, label: "" },
      count: " 20 ",
      countUnit: "messages",
      countApproximate: true,
      status: "inferred",
      note: "the report implies it",
      summary: "They exchanged messages.",
      evidence: [{ source: "report", attribution: "officials told Axios", quote: "" }],
    };
    expect(tieFromForm(form, "t9")).toStrictEqual({
      id: "t9",
      source: "a",
      target: "b",
      kind: "message",
      directed: false,
      time: { start: "2025-03", approximate: true },
      count: { value: 20, unit: "messages", approximate: true },
      summary: "They exchanged messages.",
      status: "inferred",
      note: "the report implies it",
      evidence: [{ source: "report", attribution: "officials told Axios" }],
    });
  });

  it("'not stated' leaves the status out; switching to undated drops the time", () => {
    const tie: Tie = { ...baseTie, status: "reported", time: { start: "2025" } };
    const form = { ...tieForm(tie), status: "" as const, time: { precision: "undated" as const } };
    const next = tieFromForm(form, "t1", tie);
    expect("status" in next).toBe(false);
    expect("time" in next).toBe(false);
  });

  it("names what the form can see before the schema: unmade choices and a count that is no number", () => {
    const form: TieForm = {
      ...tieForm(),
      count: "twenty",
      countUnit: "messages",
      evidence: [
        { source: "report", attribution: "x", quote: "" },
        { source: "", attribution: "y", quote: "" },
      ],
    };
    expect(checkTieForm(form).map((p) => p.path)).toEqual([
      "source",
      "target",
      "count.value",
      "evidence[1].source",
    ]);
    expect(checkTieForm({ ...form, count: "", countUnit: "x" }).map((p) => p.path)).toContain(
      "count.value",
    );
    expect(checkTieForm({ ...tieForm(baseTie) })).toEqual([]);
    expect(checkTieForm({ ...tieForm(baseTie), evidence: [] })[0]?.path).toBe("evidence");
  });

  it("an empty document is a valid network", () => {
    expect(parseDocument(emptyDocument()).ok).toBe(true);
  });
});
