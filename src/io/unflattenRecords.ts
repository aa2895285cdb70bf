// The columns Backchannel writes (flattenRecords) read back into actors and ties: the strict
// inverse, for files that carry Backchannel's header. Each field comes from its own column only
// (no synonyms, no guessing, no "imported from" defaults); what is left over is the record's
// attributes. The result is a draft: bc:fields may lay exact values over it (exactRecords), and
// the schema judges it.
import { importedAttributeName, normalizeKey } from "./fieldNames";
import type { ForeignValue, ValueBag } from "./foreignGraph";
import { actorKindOf, booleanOf, listOf, numberOf, tieKindOf, tieStatusOf } from "./foreignValues";
import { TIE_KIND_LABELS } from "../schema/vocabulary";
import { attributeValueOf, type AttributeValue } from "./valueBag";

/** A record as read, before the schema: field name → value, absent fields left out. */
export type RecordDraft = Record<string, unknown>;

/** Text as written (a number or true/false as its text); undefined when blank or not a scalar. */
function textOf(value: ForeignValue | undefined): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** Like textOf, but blank text stays (a description may be empty). */
function rawTextOf(value: ForeignValue | undefined): string | undefined {
  return typeof value === "string" ? value : textOf(value);
}

/** The draft without its undefined fields, in the order given. */
function compact(entries: Record<string, unknown>): RecordDraft {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

interface Reader {
  take(...names: string[]): ForeignValue | undefined;
  /** A vocabulary word: the known value, or the word kept as an attribute of the same name. */
  word<T>(name: string, known: (word: string) => T | undefined): { value?: T; word?: string };
  attributes(): Record<string, AttributeValue> | undefined;
}

function readerOf(values: ValueBag): Reader {
  const bag: ValueBag = new Map(values);
  // Each name's first key in the bag, found once (exports read every record back as they write).
  const keyOf = new Map<string, string>();
  for (const key of bag.keys()) {
    const name = normalizeKey(key);
    if (!keyOf.has(name)) keyOf.set(name, key);
  }
  const extras: [string, AttributeValue][] = [];
  const take = (...names: string[]): ForeignValue | undefined => {
    for (const name of names) {
      const key = keyOf.get(normalizeKey(name));
      if (key === undefined) continue;
      const value = bag.get(key);
      bag.delete(key);
      keyOf.delete(normalizeKey(name));
      return value;
    }
    return undefined;
  };
  return {
    take,
    word(name, known) {
      const value = take(name);
      const word = textOf(value);
      if (word === undefined || value === undefined) return {};
      const mapped = known(word);
      if (mapped === undefined) extras.push([name, attributeValueOf(value)]);
      return { ...(mapped !== undefined ? { value: mapped } : {}), word };
    },
    attributes() {
      const entries = new Map<string, AttributeValue>();
      for (const [key, value] of bag) {
        const name = importedAttributeName(key);
        if (name !== "__proto__" && !entries.has(name)) entries.set(name, attributeValueOf(value));
      }
      for (const [name, value] of extras) if (!entries.has(name)) entries.set(name, value);
      return entries.size > 0 ? Object.fromEntries(entries) : undefined;
    },
  };
}

export function actorFromColumns(id: string, values: ValueBag): RecordDraft {
  const read = readerOf(values);
  const name = textOf(read.take("label"));
  const kind = read.word("kind", actorKindOf);
  const aliases = listOf(read.take("aliases"));
  const role = textOf(read.take("role"));
  const affiliations = listOf(read.take("affiliations"));
  const description = rawTextOf(read.take("description"));
  // GraphML's x and y, written for Gephi: the layout comes from the header.
  read.take("x");
  read.take("y");
  return compact({
    id,
    name: name ?? id,
    aliases,
    kind: kind.value ?? "other",
    role,
    affiliations,
    description,
    attributes: read.attributes(),
  });
}

export interface TieEnds {
  id: string;
  source: string;
  target: string;
}

export const endsOf = (tie: TieEnds): TieEnds => ({
  id: tie.id,
  source: tie.source,
  target: tie.target,
});

function timeOf(read: Reader): RecordDraft | undefined {
  const time = compact({
    start: textOf(read.take("time start", "start")),
    end: textOf(read.take("time end", "end")),
    approximate: booleanOf(read.take("time approximate", "approximate")),
    label: textOf(read.take("time label")),
  });
  return Object.keys(time).length > 0 ? time : undefined;
}

function countOf(read: Reader): RecordDraft | undefined {
  const count = compact({
    value: numberOf(read.take("count")),
    approximate: booleanOf(read.take("count approximate")),
    unit: textOf(read.take("count unit")),
  });
  return Object.keys(count).length > 0 ? count : undefined;
}

/** One piece of evidence from the attribution, quote and sources columns; several need JSON. */
function evidenceOf(read: Reader): RecordDraft[] | undefined {
  const attribution = textOf(read.take("attribution"));
  const quote = textOf(read.take("quote"));
  const source = textOf(read.take("sources"));
  if (attribution === undefined || source === undefined || source.includes("|")) return undefined;
  return [compact({ source, attribution, quote })];
}

export function tieFromColumns(ends: TieEnds, values: ValueBag): RecordDraft {
  const read = readerOf(values);
  const kind = read.word("kind", tieKindOf);
  // The tie's own word, unless the label only names the kind (as written for Gephi's eyes).
  const labelText = textOf(read.take("label"));
  const namesKind = [TIE_KIND_LABELS[kind.value ?? "other"], kind.word].some(
    (word) => word?.toLowerCase() === labelText?.toLowerCase(),
  );
  const label = namesKind ? undefined : labelText;
  const note = textOf(read.take("editor note"));
  // Gephi's spreadsheet Type says Undirected where the tie has no direction.
  const type = textOf(read.take("type"))?.trim().toLowerCase();
  const directed = booleanOf(read.take("directed")) ?? (type === "undirected" ? false : undefined);
  const status = read.word("status", tieStatusOf);
  const summary = textOf(read.take("summary"));
  const evidence = evidenceOf(read);
  const time = timeOf(read);
  const count = countOf(read);
  read.take("timeset"); // Gephi's, written for its timeline
  return compact({
    ...ends,
    kind: kind.value ?? "other",
    label,
    directed,
    time,
    count,
    summary,
    // A word the vocabulary lacks stays in attributes.status: no status is invented for it.
    status: status.value,
    note,
    evidence,
    attributes: read.attributes(),
  });
}
