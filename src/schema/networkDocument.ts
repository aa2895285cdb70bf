// The Backchannel document: zod schemas are the single source of truth for the data, and the
// types are inferred from them. Cross-checks between records (ids, dates, links) live here too,
// so nothing downstream re-checks the data.
import * as z from "zod/mini";
import { ACTOR_KINDS, TIE_KINDS, TIE_STATUSES } from "./vocabulary";
import { isPartialDate } from "./partialDate";
import { crossCheckDocument, crossCheckLayout } from "./crossChecks";
import { RESERVED_IDS } from "./slug";

z.config({ jitless: true }); // no `new Function` probe: the app runs under a strict CSP

export const FORMAT_TAG = "backchannel/1";

const nonEmpty = (what: string) =>
  z.string().check(z.trim(), z.minLength(1, { error: `${what} must not be empty` }));

export const IdSchema = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9._-]*$/, {
    error: "must be a slug: lower-case letters, digits, '.', '_' or '-' (e.g. \"steve-witkoff\")",
  }),
  z.refine((id) => !RESERVED_IDS.has(id), {
    error:
      'is a word every JavaScript object already carries, so it cannot be an id: add to it (e.g. "constructor-1")',
  }),
);

export const PartialDateSchema = z.string().check(
  z.refine(isPartialDate, {
    error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. "2025-04-22")',
  }),
);

/** Only http(s) links: a `javascript:` or `data:` URL must never become an `<a href>`. */
export const HttpUrlSchema = z.string().check(
  z.refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === "http:" || url.protocol === "https:";
      } catch {
        return false;
      }
    },
    { error: "must be an http(s) link" },
  ),
);

/** Attributes carried over from imported files that have no field of their own. */
export const ExtraAttributesSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);

export const SourceSchema = z.strictObject({
  id: IdSchema,
  publisher: nonEmpty("publisher"),
  title: nonEmpty("title"),
  date: z.optional(PartialDateSchema),
  url: z.optional(HttpUrlSchema),
  /** The outlet this source cites for its reporting (e.g. "Axios"). */
  cites: z.optional(nonEmpty("cites")),
  notes: z.optional(z.string()),
});

export const ActorSchema = z.strictObject({
  id: IdSchema,
  name: nonEmpty("name"),
  aliases: z.optional(z.array(nonEmpty("alias"))),
  kind: z.enum(ACTOR_KINDS),
  role: z.optional(nonEmpty("role")),
  affiliations: z.optional(z.array(nonEmpty("affiliation"))),
  description: z.optional(z.string()),
  /** Pages about the actor (http(s) only). */
  links: z.optional(z.array(HttpUrlSchema)),
  attributes: z.optional(ExtraAttributesSchema),
});

export const TieTimeSchema = z.strictObject({
  /** First day, month or year of the period; omitted when only an end is known ("until …"). */
  start: z.optional(PartialDateSchema),
  /** Last day, month or year of the period, inclusive. */
  end: z.optional(PartialDateSchema),
  /** The bounds are an estimate of vague wording such as "late April". */
  approximate: z.optional(z.boolean()),
  /** The wording of the report, e.g. "late April 2025" or "over the last two weeks". */
  label: z.optional(nonEmpty("label")),
});

export const TieCountSchema = z.strictObject({
  value: z.number().check(z.positive({ error: "must be a positive number" })),
  approximate: z.optional(z.boolean()),
  /** What is counted, e.g. "messages". */
  unit: nonEmpty("unit"),
});

export const EvidenceSchema = z.strictObject({
  source: IdSchema,
  /** Who said so, exactly as reported: "two Israeli officials … told Axios". */
  attribution: nonEmpty("attribution"),
  /** A short verbatim phrase, never a long quotation. */
  quote: z.optional(
    z.string().check(z.minLength(1), z.maxLength(160, { error: "a quote is a short phrase" })),
  ),
});

export const TieSchema = z
  .strictObject({
    id: IdSchema,
    source: IdSchema,
    target: IdSchema,
    kind: z.enum(TIE_KINDS),
    /**
     * The file's own word or phrase for the tie, as written ("phoned", "Réunion", "consulted"):
     * shown beside the kind, and instead of it when the kind is "other".
     */
    label: z.optional(nonEmpty("label")),
    /** false for exchanges with no single direction ("messages passed between the sides"). */
    directed: z.optional(z.boolean()),
    time: z.optional(TieTimeSchema),
    count: z.optional(TieCountSchema),
    /** What happened, in our own words; absent when an imported file gives none. */
    summary: z.optional(nonEmpty("summary")),
    /** How solid the claim is; absent means the file does not state it (never assumed). */
    status: z.optional(z.enum(TIE_STATUSES)),
    /** The editor's note: why an `inferred` tie is read into the reporting (required for it). */
    note: z.optional(nonEmpty("note")),
    evidence: z
      .array(EvidenceSchema)
      .check(z.minLength(1, { error: "every tie needs at least one piece of evidence" })),
    attributes: z.optional(ExtraAttributesSchema),
  })
  .check(
    z.superRefine((tie, ctx) => {
      if (tie.status === "inferred" && tie.note === undefined)
        ctx.addIssue({
          code: "custom",
          message:
            "an inferred tie needs a note saying why the reporting implies it (the source does not state it)",
          path: ["note"],
          input: tie.note,
        });
    }),
  );

export const PositionSchema = z.strictObject({ x: z.number(), y: z.number() });

export const LayoutSchema = z.strictObject({
  /** Frozen positions by actor id, so a published graphic keeps its shape. */
  positions: z.record(z.string(), PositionSchema),
  /** Actors placed by hand: "Re-run layout" keeps them where they are. */
  pinned: z.optional(z.array(IdSchema)),
});

const NetworkDocumentShape = z.strictObject({
  format: z.literal(FORMAT_TAG),
  title: nonEmpty("title"),
  description: z.optional(z.string()),
  /** The date the network describes the world as of (YYYY-MM-DD or coarser). */
  asOf: z.optional(PartialDateSchema),
  sources: z.array(SourceSchema),
  actors: z.array(ActorSchema),
  ties: z.array(TieSchema),
  layout: z.optional(LayoutSchema),
});

/** The document's top-level fields in schema order (key order of saved files, problem order). */
export const DOCUMENT_FIELDS = Object.keys(NetworkDocumentShape.shape) as (keyof NetworkDocument)[];

/** Every field name the format knows, for "did you mean" on misspelt fields. */
export const KNOWN_FIELD_NAMES: readonly string[] = [
  ...new Set(
    [
      NetworkDocumentShape,
      SourceSchema,
      ActorSchema,
      TieSchema,
      TieTimeSchema,
      TieCountSchema,
      EvidenceSchema,
      LayoutSchema,
      PositionSchema,
    ].flatMap((schema) => Object.keys(schema.shape)),
  ),
];

export type Source = z.infer<typeof SourceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type TieTime = z.infer<typeof TieTimeSchema>;
export type TieCount = z.infer<typeof TieCountSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Tie = z.infer<typeof TieSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type NetworkDocument = z.infer<typeof NetworkDocumentShape>;
export type ActorId = string;
export type TieId = string;

// zod runs this even when some fields failed, so the data may still be malformed here: the
// cross-checks take it as unknown and report what can be checked.
export const NetworkDocumentSchema = NetworkDocumentShape.check(
  z.superRefine((doc, ctx) => crossCheckDocument(doc, ctx)),
);

export { crossCheckDocument, crossCheckLayout };
