// fast-check generators of valid Backchannel documents: slug ids, partial dates with end ≥ start,
// evidence that cites existing sources, self-ties too, statuses stated or not (an inferred tie with
// its note), a tie's own label, attributes of every allowed type, every optional field. Text is
// trimmed where the schema trims it and mixes markup, quotes, line breaks, leading formula starters
// (= + - @), "|" inside list items and non-Latin script.
import fc from "fast-check";
import type {
  Actor,
  Evidence,
  NetworkDocument,
  Source,
  Tie,
  TieCount,
  TieTime,
} from "../../src/schema/networkDocument";
import { periodStart } from "../../src/schema/partialDate";
import { ACTOR_KINDS, TIE_KINDS, TIE_STATUSES } from "../../src/schema/vocabulary";

const CHARS = [
  ..."abcdefghijklmnopqrstuvwxyz",
  ..."ABCDEFGHIJ",
  ..."0123456789",
  ..." .,;:!?()[]<>&\"'=+-@/|#%",
  "\n",
  "\r",
  "\t",
  "é",
  "ü",
  "—",
  "“",
  "ح",
  "م",
  "א",
  "中",
  "😀",
];

const char = fc.constantFrom(...CHARS);

const plainText = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .string({ unit: char, minLength: 1, maxLength })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/** Trimmed, non-empty text; sometimes it starts like a spreadsheet formula. */
export const text = (maxLength = 24): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: plainText(maxLength), weight: 4 },
    fc
      .tuple(fc.constantFrom("=", "+", "-", "@", "'=", "=cmd|' /C calc'!A0 "), plainText(maxLength))
      .map(([start, rest]) => `${start}${rest}`),
  );

/** Untrimmed text, possibly empty or blank (descriptions, notes, attribute values). */
const rawText = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: char, maxLength }),
    fc.constantFrom("", " ", "\n", " padded ", "12", " 12", "true", "1e3", "-0", "null"),
  );

/** A list item: mostly without "|" (the exports join lists with it), sometimes with one. */
const listItem = fc.oneof(
  { arbitrary: text(16).filter((s) => !s.includes("|")), weight: 5 },
  text(16),
);

export const slug: fc.Arbitrary<string> = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,10}$/);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const partialDate: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 1990, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom("year", "month", "day"),
  })
  .map(({ year, month, day, precision }) => {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const last = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 28);
    const yyyy = String(year);
    const mm = String(month).padStart(2, "0");
    const dd = String(Math.min(day, last)).padStart(2, "0");
    return precision === "year"
      ? yyyy
      : precision === "month"
        ? `${yyyy}-${mm}`
        : `${yyyy}-${mm}-${dd}`;
  });

export const tieTime: fc.Arbitrary<TieTime> = fc
  .record(
    {
      dates: fc.tuple(partialDate, partialDate),
      shape: fc.constantFrom("start", "end", "both"),
      approximate: fc.boolean(),
      label: text(20),
    },
    { requiredKeys: ["dates", "shape"] },
  )
  .map(({ dates, shape, approximate, label }) => {
    const [a, b] = [...dates].sort((x, y) => periodStart(x) - periodStart(y));
    const time: TieTime =
      shape === "start"
        ? { start: a ?? "" }
        : shape === "end"
          ? { end: b ?? "" }
          : { start: a ?? "", end: b ?? "" };
    return {
      ...time,
      ...(approximate !== undefined ? { approximate } : {}),
      ...(label !== undefined ? { label } : {}),
    };
  });

const tieCount: fc.Arbitrary<TieCount> = fc.record(
  {
    value: fc.oneof(
      fc.integer({ min: 1, max: 500 }),
      fc.double({ min: 0.001, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    ),
    approximate: fc.boolean(),
    unit: text(12),
  },
  { requiredKeys: ["value", "unit"] },
);

/** Attribute names, including ones that read as fields in the exchange formats. */
export const attributeKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "kind",
    "status",
    "label",
    "type",
    "sources",
    "weight",
    "party",
    "time start",
    "spells",
    "note 1",
    "attributes.x",
    "originalId",
    "bc:fields",
    "bc:document",
    "directed",
    "Id",
    " id",
    "Type",
    "Label",
    "Directed",
    "Time Label",
    "note",
    "editor note",
    "Editor Note",
    "relation",
    "summary",
    "",
    "__x",
  ),
  fc.stringMatching(/^[a-z][a-z0-9 _]{0,8}$/),
);

const finiteDouble = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .map((value) => (value === 0 ? 0 : value));

export const attributeValue: fc.Arbitrary<string | number | boolean | null> = fc.oneof(
  rawText(16),
  text(12),
  fc.integer({ min: -1000, max: 1000 }),
  finiteDouble,
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("Friendship", "rumoured", "=1+2", "-5", "12", "true"),
);

const attributes = fc.dictionary(attributeKey, attributeValue, {
  minKeys: 1,
  maxKeys: 4,
  noNullPrototype: true,
});

const source = (id: string): fc.Arbitrary<Source> =>
  fc.record(
    {
      id: fc.constant(id),
      publisher: text(),
      title: text(),
      date: partialDate,
      url: slug.map((path) => `https://example.org/${path}`),
      cites: text(12),
      notes: rawText(30),
    },
    { requiredKeys: ["id", "publisher", "title"] },
  );

const actor = (id: string): fc.Arbitrary<Actor> =>
  fc.record(
    {
      id: fc.constant(id),
      name: text(),
      aliases: fc.array(listItem, { minLength: 1, maxLength: 3 }),
      kind: fc.constantFrom(...ACTOR_KINDS),
      role: text(),
      affiliations: fc.array(listItem, { minLength: 1, maxLength: 2 }),
      description: rawText(40),
      attributes,
    },
    { requiredKeys: ["id", "name", "kind"] },
  );

const evidence = (sourceIds: string[]): fc.Arbitrary<Evidence> =>
  fc.record(
    {
      source: fc.constantFrom(...sourceIds),
      attribution: text(40),
      // A quote is verbatim: its own spacing stays.
      quote: fc.oneof(text(60), fc.string({ unit: char, minLength: 1, maxLength: 60 })),
    },
    { requiredKeys: ["source", "attribution"] },
  );

const tie = (id: string, actorIds: string[], sourceIds: string[]): fc.Arbitrary<Tie> =>
  fc
    .record(
      {
        ends: fc.tuple(fc.constantFrom(...actorIds), fc.constantFrom(...actorIds)),
        kind: fc.constantFrom(...TIE_KINDS),
        // The file's own word: any text, a word of the vocabulary, or one that only names the
        // kind (the columns drop that one as Gephi's display; it travels in bc:fields).
        label: fc.oneof(
          { arbitrary: text(16), weight: 3 },
          fc.constantFrom("phoned", "Réunion", "consulted", "Meeting", "call", "other", "Envoy of"),
        ),
        directed: fc.boolean(),
        time: tieTime,
        count: tieCount,
        summary: text(40),
        status: fc.constantFrom(...TIE_STATUSES),
        note: text(40),
        evidence: fc.array(evidence(sourceIds), { minLength: 1, maxLength: 2 }),
        attributes,
      },
      { requiredKeys: ["ends", "kind", "evidence"] },
    )
    .map(({ ends: [source, target], status, note, ...rest }) => ({
      id,
      source,
      target,
      ...rest,
      ...(status !== undefined ? { status } : {}),
      // An inferred tie always carries the editor's note.
      ...(note !== undefined || status === "inferred"
        ? { note: note ?? "implied, not stated" }
        : {}),
    }));

/** A valid document: 2–6 actors, 0–8 ties, 1–3 sources, sometimes frozen positions. */
export const validDocument: fc.Arbitrary<NetworkDocument> = fc
  .record({
    sourceIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
    actorIds: fc.uniqueArray(slug, { minLength: 2, maxLength: 6 }),
    tieIds: fc.uniqueArray(slug, { minLength: 0, maxLength: 8 }),
  })
  .chain(({ sourceIds, actorIds, tieIds }) =>
    fc.record(
      {
        format: fc.constant("backchannel/1" as const),
        title: text(),
        description: rawText(40),
        asOf: partialDate,
        sources: fc.tuple(...sourceIds.map(source)),
        actors: fc.tuple(...actorIds.map(actor)),
        ties:
          tieIds.length === 0
            ? fc.constant([])
            : fc.tuple(...tieIds.map((id) => tie(id, actorIds, sourceIds))),
        layout: fc.subarray(actorIds, { minLength: 1 }).chain((ids) =>
          fc
            .tuple(...ids.map(() => fc.record({ x: finiteDouble, y: finiteDouble })))
            .map((positions) => ({
              positions: Object.fromEntries(
                ids.map((id, index) => [id, positions[index] ?? { x: 0, y: 0 }]),
              ),
            })),
        ),
      },
      { requiredKeys: ["format", "title", "sources", "actors", "ties"] },
    ),
  );
