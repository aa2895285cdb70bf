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
export const ACTION_TIE_KINDS = ["guarantee", "release", "other"] as const;

export const TIE_KINDS = [
  ...COMMUNICATION_TIE_KINDS,
  ...STRUCTURAL_TIE_KINDS,
  ...ACTION_TIE_KINDS,
] as const;
export type TieKind = (typeof TIE_KINDS)[number];
export type TieFamily = "communication" | "structural" | "action";

const FAMILY_OF_KIND = new Map<string, TieFamily>([
  ...COMMUNICATION_TIE_KINDS.map((kind) => [kind, "communication"] as const),
  ...STRUCTURAL_TIE_KINDS.map((kind) => [kind, "structural"] as const),
]);

export function tieFamily(kind: TieKind): TieFamily {
  return FAMILY_OF_KIND.get(kind) ?? "action";
}

export const TIE_STATUSES = ["confirmed", "reported", "alleged", "denied"] as const;
export type TieStatus = (typeof TIE_STATUSES)[number];

/** Human words for the vocabularies, used in the UI, legend and exports. */
export const ACTOR_KIND_LABELS = {
  person: "Person",
  organisation: "Organisation",
  government: "Government",
  "armed-group": "Armed group",
  media: "Media",
  other: "Other",
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
