// The closed vocabularies of a Backchannel document: actor kinds, tie kinds and tie statuses.
// Shared by the schema (validation), the view (encodings) and the importers (mapping foreign values).

/** Whether `value` is one of `list`'s words, as that list's type (a closed vocabulary). */
export function isOneOf<const T>(list: readonly T[], value: unknown): value is T {
  return list.some((word) => word === value);
}

export const ACTOR_KINDS = [
  "person",
  "organisation",
  "government",
  "armed-group",
  "media",
  "other",
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Communications: someone passed something to someone. */
export const COMMUNICATION_TIE_KINDS = [
  "message",
  "call",
  "conversation",
  "meeting",
  "negotiation",
  "proposal",
  "relay",
  "briefing",
] as const;
/** Structural: a standing relation between actors. */
export const STRUCTURAL_TIE_KINDS = [
  "envoy-of",
  "member-of",
  "leads",
  "supports",
  "holds-captive",
] as const;
/** Actions one actor takes towards another. */
export const ACTION_TIE_KINDS = ["guarantee", "release"] as const;
/**
 * A tie the vocabulary has no word for, or whose file states no kind (a plain `Source,Target`
 * table, a word such as "consulted" kept as the tie's label): a family of its own, so nothing
 * claims it is a communication, a relation or an action.
 */
export const OTHER_TIE_KINDS = ["other"] as const;

export const TIE_KINDS = [
  ...COMMUNICATION_TIE_KINDS,
  ...STRUCTURAL_TIE_KINDS,
  ...ACTION_TIE_KINDS,
  ...OTHER_TIE_KINDS,
] as const;
export type TieKind = (typeof TIE_KINDS)[number];
/** "other": other or not stated, a family the file never claimed. */
export type TieFamily = "communication" | "structural" | "action" | "other";

const FAMILY_OF_KIND = new Map<string, TieFamily>([
  ...COMMUNICATION_TIE_KINDS.map((kind) => [kind, "communication"] as const),
  ...STRUCTURAL_TIE_KINDS.map((kind) => [kind, "structural"] as const),
  ...ACTION_TIE_KINDS.map((kind) => [kind, "action"] as const),
]);

export function tieFamily(kind: TieKind): TieFamily {
  return FAMILY_OF_KIND.get(kind) ?? "other";
}

/**
 * How solid the claim behind a tie is, as the file or its author states it. `inferred`: the
 * reporting implies the tie but the source does not state it (the tie's `note` says why). A tie
 * with no status is "not stated": nothing is invented for it.
 */
export const TIE_STATUSES = ["confirmed", "reported", "alleged", "denied", "inferred"] as const;
export type TieStatus = (typeof TIE_STATUSES)[number];

/** The key a tie without a status goes by in filters, the legend and the URL. */
export const STATUS_NOT_STATED = "not-stated";
/** A tie's status as the view sorts and filters it: a stated status, or "not stated". */
export type TieStatusKey = TieStatus | typeof STATUS_NOT_STATED;
export const TIE_STATUS_KEYS = [...TIE_STATUSES, STATUS_NOT_STATED] as const;

export function tieStatusKey(status: TieStatus | undefined): TieStatusKey {
  return status ?? STATUS_NOT_STATED;
}

/** Status words for badges, tables and filters. */
export const TIE_STATUS_LABELS = {
  confirmed: "confirmed",
  reported: "reported",
  alleged: "alleged",
  denied: "denied",
  inferred: "inferred",
  "not-stated": "not stated",
} as const satisfies Record<TieStatusKey, string>;

/** Human words for the vocabularies, used in the UI, legend and exports. */
export const ACTOR_KIND_LABELS = {
  person: "Person",
  organisation: "Organisation",
  government: "Government",
  "armed-group": "Armed group",
  media: "Media",
  other: "Other or not stated",
} as const satisfies Record<ActorKind, string>;

export const TIE_KIND_LABELS = {
  message: "message",
  call: "call",
  conversation: "conversation",
  meeting: "meeting",
  negotiation: "negotiation",
  proposal: "proposal",
  relay: "relay",
  briefing: "briefing",
  "envoy-of": "envoy of",
  "member-of": "member of",
  leads: "leads",
  supports: "supports",
  "holds-captive": "holds captive",
  guarantee: "guarantee",
  release: "release",
  other: "other",
} as const satisfies Record<TieKind, string>;

/**
 * The word a tie goes by in the picture, the legend and the tables: its own label when its kind is
 * "other" (a file's "consulted" is never shown as "other"), else the kind's word.
 */
export function tieKindWord(kind: TieKind, label?: string): string {
  return kind === "other" && label !== undefined ? label : TIE_KIND_LABELS[kind];
}
