// Actors and ties as flat named values for the tabular and graph exports (GEXF, GraphML, CSV):
// readable columns that Gephi, NetworkX and spreadsheets show, and that both importers read back
// (unflattenRecords exactly; documentFromForeign if the file lost its Backchannel header). What
// these columns cannot carry exactly travels beside them as JSON (see exactRecords).
import type { Actor, Tie } from "../schema/networkDocument";
import { exportedAttributeName } from "./fieldNames";
import { actorKindOf, tieKindOf, tieStatusOf } from "./foreignValues";

export type FlatValue = string | number | boolean;

export interface FlatField {
  /** The name written in the file: a field's own, or an extra attribute's. */
  name: string;
  value: FlatValue;
  /** An attribute carried over from an imported file, not a field of the document. */
  extra?: true;
}

/** Field names in the order the exports write them (GEXF titles, GraphML attr.name). */
export const ACTOR_FLAT_FIELDS = [
  "kind",
  "role",
  "aliases",
  "affiliations",
  "description",
] as const;
export const TIE_FLAT_FIELDS = [
  "kind",
  "label",
  "directed",
  "status",
  "editor note",
  "summary",
  "attribution",
  "quote",
  "sources",
  "time start",
  "time end",
  "time approximate",
  "time label",
  "count",
  "count approximate",
  "count unit",
] as const;

type Attributes = Readonly<Record<string, string | number | boolean | null>>;

/**
 * A value that could not be mapped on import ("kind": "Friendship" kept while the field became
 * "other") goes back into its field's column, so the round trip restores both. Otherwise the
 * field's value is written and the attribute keeps a name of its own.
 */
function foreignVocabularyWord(
  value: string | undefined,
  fallback: string | undefined,
  kept: string | number | boolean | null | undefined,
  known: (word: string) => unknown,
): string | undefined {
  if (value !== fallback || typeof kept !== "string" || kept.trim() === "") return undefined;
  return known(kept) === undefined ? kept : undefined;
}

function extraFields(
  record: "actor" | "tie",
  attributes: Attributes | undefined,
  restored: ReadonlySet<string>,
): FlatField[] {
  const fields: FlatField[] = [];
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (value === null || restored.has(key)) continue;
    fields.push({ name: exportedAttributeName(record, key), value, extra: true });
  }
  return fields;
}

/** Everything about an actor but its id and name (those have places of their own). */
export function flattenActor(actor: Actor): FlatField[] {
  const foreignKind = foreignVocabularyWord(
    actor.kind,
    "other",
    actor.attributes?.kind,
    actorKindOf,
  );
  const fields: FlatField[] = [{ name: "kind", value: foreignKind ?? actor.kind }];
  if (actor.role !== undefined) fields.push({ name: "role", value: actor.role });
  if (actor.aliases) fields.push({ name: "aliases", value: actor.aliases.join("|") });
  if (actor.affiliations)
    fields.push({ name: "affiliations", value: actor.affiliations.join("|") });
  if (actor.description !== undefined)
    fields.push({ name: "description", value: actor.description });
  const restored = new Set(foreignKind !== undefined ? ["kind"] : []);
  return [...fields, ...extraFields("actor", actor.attributes, restored)];
}

/** Everything about a tie but its id and ends (those are the edge's own). */
export function flattenTie(tie: Tie): FlatField[] {
  // Without a label of its own, a file's unknown kind word is the tie's label; a kind word kept
  // beside a label goes back into the kind column.
  const foreignKind =
    tie.label === undefined
      ? undefined
      : foreignVocabularyWord(tie.kind, "other", tie.attributes?.kind, tieKindOf);
  // A file's status word that is not in the vocabulary stays with a tie of no stated status.
  const foreignStatus = foreignVocabularyWord(
    tie.status,
    undefined,
    tie.attributes?.status,
    tieStatusOf,
  );
  const fields: FlatField[] = [];
  const add = (name: string, value: FlatValue | undefined) => {
    if (value !== undefined) fields.push({ name, value });
  };
  add("kind", foreignKind ?? tie.kind);
  add("label", tie.label);
  add("directed", tie.directed);
  add("status", foreignStatus ?? tie.status);
  add("editor note", tie.note);
  add("summary", tie.summary);
  add("attribution", tie.evidence.map((e) => e.attribution).join(" | "));
  const quotes = tie.evidence.flatMap((e) => (e.quote === undefined ? [] : [e.quote]));
  if (quotes.length > 0) add("quote", quotes.join(" | "));
  add("sources", [...new Set(tie.evidence.map((e) => e.source))].join("|"));
  const { time, count } = tie;
  add("time start", time?.start);
  add("time end", time?.end);
  add("time approximate", time?.approximate);
  add("time label", time?.label);
  add("count", count?.value);
  add("count approximate", count?.approximate);
  add("count unit", count?.unit);
  const restored = new Set([
    ...(foreignKind !== undefined ? ["kind"] : []),
    ...(foreignStatus !== undefined ? ["status"] : []),
  ]);
  return [...fields, ...extraFields("tie", tie.attributes, restored)];
}
