// The mapping from another tool's nodes and edges to actors and ties — field names, vocabularies,
// time, and evidence that points at the imported file. importedDocument puts them together into a
// document and takes it to the schema's gate.
import type { Actor, Position, Tie, TieCount } from "../schema/networkDocument";
import type { ActorsRead } from "./importResult";
import { spreadPositions } from "./importedPositions";
import type { ActorKind } from "../schema/vocabulary";
import { ACTOR_FIELD_KEYS, TIE_FIELD_KEYS, importedAttributeName } from "./fieldNames";
import type { ForeignEdge, ForeignNode, ValueBag } from "./foreignGraph";
import { actorKindOf, booleanOf, listOf, numberOf, textOf } from "./foreignValues";
import { kindAndLabelFrom, statusAndNoteFrom } from "./tieClaims";
import { namesActorKind } from "./vocabularyWords";
import { tieTimeFrom } from "./tieTimeFromValues";
import {
  attributeValueOf,
  dropRepeats,
  entryOf,
  takeEntry,
  type AttributeValue,
  type Entry,
} from "./valueBag";

const isBlank = (value: AttributeValue) => typeof value === "string" && value.trim() === "";

/** What is left in the bag, as attributes (plus the extras the mapping set aside). A value the
 * exports set apart as `attributes.<name>` wins over a field column of the same name. */
function attributesFrom(
  bag: ValueBag,
  extras: [string, AttributeValue][],
): Record<string, AttributeValue> | undefined {
  const entries: [string, AttributeValue][] = [];
  const seen = new Set<string>();
  const add = (name: string, value: AttributeValue) => {
    // An empty value says nothing (a blank CSV cell is none either).
    if (name === "__proto__" || seen.has(name) || isBlank(value)) return;
    seen.add(name);
    entries.push([name, value]);
  };
  const all = [...bag];
  for (const [key, value] of all)
    if (importedAttributeName(key) !== key)
      add(importedAttributeName(key), attributeValueOf(value));
  for (const [key, value] of all)
    if (importedAttributeName(key) === key) add(key, attributeValueOf(value));
  for (const [name, value] of extras) add(name, value);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** An actor's kind from its kind (or type) value: a word of the vocabulary, if it is one. */
function kindFrom(entry: Entry | undefined): { kindText?: string; kind?: ActorKind } {
  const kindText = textOf(entry?.[1]);
  const kind = kindText === undefined ? undefined : actorKindOf(kindText);
  return { ...(kindText !== undefined ? { kindText } : {}), ...(kind ? { kind } : {}) };
}

export function actorFrom(node: ForeignNode, id: string): Actor {
  const bag: ValueBag = new Map(node.values);
  const extras: [string, AttributeValue][] = [];

  const nameEntry = takeEntry(bag, ACTOR_FIELD_KEYS.name);
  const name = textOf(nameEntry?.[1]) ?? (node.id.trim() === "" ? id : node.id.trim());
  dropRepeats(bag, ACTOR_FIELD_KEYS.name, name);

  const kindEntry = takeEntry(bag, ACTOR_FIELD_KEYS.kind) ?? takeEntry(bag, ACTOR_FIELD_KEYS.type);
  const { kindText, kind } = kindFrom(kindEntry);
  // The file's own word is kept unless it only names the kind ("person", "Armed group"), as a
  // tie's is: "ministry" is a government, and still a ministry.
  if (
    kindEntry &&
    kindText !== undefined &&
    (kind === undefined || !namesActorKind(kindText, kind))
  )
    extras.push(["kind", attributeValueOf(kindEntry[1])]);

  const role = textOf(takeEntry(bag, ACTOR_FIELD_KEYS.role)?.[1]);
  const aliases = listOf(takeEntry(bag, ACTOR_FIELD_KEYS.aliases)?.[1]);
  const affiliations = listOf(takeEntry(bag, ACTOR_FIELD_KEYS.affiliations)?.[1]);
  const descriptionValue = takeEntry(bag, ACTOR_FIELD_KEYS.description)?.[1];
  // A description keeps its own spacing; an empty one (yEd writes one for every node) is none.
  const description =
    typeof descriptionValue === "string" && descriptionValue.trim() !== ""
      ? descriptionValue
      : textOf(descriptionValue);

  if (id !== node.id) extras.push(["originalId", node.id]);
  const attributes = attributesFrom(bag, extras);
  return {
    id,
    name,
    ...(aliases ? { aliases } : {}),
    kind: kind ?? "other",
    ...(role !== undefined ? { role } : {}),
    ...(affiliations ? { affiliations } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(attributes ? { attributes } : {}),
  };
}

const DIRECTION_WORDS = new Set(["directed", "undirected", "mutual", "mixed"]);

function tieCountFrom(bag: ValueBag): TieCount | undefined {
  const valueEntry = entryOf(bag, TIE_FIELD_KEYS.count);
  const unitEntry = entryOf(bag, TIE_FIELD_KEYS.countUnit);
  const value = numberOf(valueEntry?.[1]);
  const unit = textOf(unitEntry?.[1]);
  if (!valueEntry || !unitEntry || value === undefined || value <= 0 || unit === undefined)
    return undefined;
  bag.delete(valueEntry[0]);
  bag.delete(unitEntry[0]);
  const approximateEntry = entryOf(bag, TIE_FIELD_KEYS.countApproximate);
  const approximate = booleanOf(approximateEntry?.[1]);
  if (approximateEntry && approximate !== undefined) bag.delete(approximateEntry[0]);
  return { value, ...(approximate !== undefined ? { approximate } : {}), unit };
}

interface TieEnds {
  id: string;
  source: string;
  target: string;
  sourceId: string;
}

export function tieFrom(edge: ForeignEdge, ends: TieEnds, warn: (message: string) => void): Tie {
  const bag: ValueBag = new Map(edge.values);
  const extras: [string, AttributeValue][] = [];

  let directed = edge.directed;
  let kindEntry = takeEntry(bag, TIE_FIELD_KEYS.kind);
  // Gephi's Type column and Kumu's Direction say the direction in words.
  const directionOf = (entry: Entry | undefined): boolean => {
    const word = textOf(entry?.[1])?.toLowerCase();
    if (!entry || word === undefined || !DIRECTION_WORDS.has(word)) return false;
    bag.delete(entry[0]);
    if (word === "undirected" || word === "mutual") directed = false;
    if (word === "directed") directed = true;
    return true;
  };
  directionOf(entryOf(bag, TIE_FIELD_KEYS.direction));
  const typeEntry = entryOf(bag, TIE_FIELD_KEYS.type);
  // A Type that is no direction word is the kind, unless a Kind column gives one.
  if (!directionOf(typeEntry) && typeEntry && !kindEntry) {
    kindEntry = typeEntry;
    bag.delete(typeEntry[0]);
  }
  const directedEntry = entryOf(bag, TIE_FIELD_KEYS.directed);
  const directedValue = booleanOf(directedEntry?.[1]);
  if (directedEntry && directedValue !== undefined) {
    bag.delete(directedEntry[0]);
    directed = directedValue;
  }

  kindEntry ??= takeEntry(bag, TIE_FIELD_KEYS.relation);
  const { kind, label } = kindAndLabelFrom(bag, kindEntry, extras);

  const { status, note } = statusAndNoteFrom(bag, extras, warn);

  let summary: string | undefined;
  for (const names of [TIE_FIELD_KEYS.summary, TIE_FIELD_KEYS.description]) {
    const entry = entryOf(bag, names);
    const text = textOf(entry?.[1]);
    if (entry && text !== undefined) {
      bag.delete(entry[0]);
      summary = text;
      break;
    }
  }
  const attributionEntry = entryOf(bag, TIE_FIELD_KEYS.attribution);
  const attribution = textOf(attributionEntry?.[1]);
  if (attributionEntry && attribution !== undefined) bag.delete(attributionEntry[0]);
  const quoteEntry = entryOf(bag, TIE_FIELD_KEYS.quote);
  const quoteValue = quoteEntry?.[1];
  // A quote is verbatim: keep its own spacing.
  const quote =
    typeof quoteValue === "string" && quoteValue.trim() !== "" ? quoteValue : textOf(quoteValue);
  const keepsQuote = quote !== undefined && quote.length <= 160;
  if (quoteEntry && keepsQuote) bag.delete(quoteEntry[0]);

  // The exports list the evidence's source ids; kept under one name whatever the format wrote.
  const sourcesEntry = takeEntry(bag, ["sources"]);
  if (sourcesEntry) extras.push(["sources", attributeValueOf(sourcesEntry[1])]);

  const time = tieTimeFrom(bag, edge, warn);
  if (edge.time?.spells !== undefined) extras.push(["spells", edge.time.spells]);
  const count = tieCountFrom(bag);

  if (ends.id !== edge.id && edge.id !== undefined) extras.push(["originalId", edge.id]);
  const attributes = attributesFrom(bag, extras);
  return {
    id: ends.id,
    source: ends.source,
    target: ends.target,
    kind,
    ...(label !== undefined ? { label } : {}),
    ...(directed ? {} : { directed: false }),
    ...(time ? { time } : {}),
    ...(count ? { count } : {}),
    ...(summary !== undefined ? { summary } : {}),
    ...(status !== undefined ? { status } : {}),
    ...(note !== undefined ? { note } : {}),
    evidence: [
      {
        source: ends.sourceId,
        attribution: attribution ?? `imported from ${edge.file}; no attribution in the file`,
        ...(keepsQuote ? { quote } : {}),
      },
    ],
    ...(attributes ? { attributes } : {}),
  };
}

/**
 * The kinds of the actors a foreign graph's nodes become, in the document's order (a repeated id
 * is one actor; "other" where no kind of the vocabulary is given), as actorFrom maps them, and
 * their positions when the format places every one: what a picture of them needs before the ties
 * are read. Nothing of the file's own text is in it.
 */
export function actorsReadOf(foreignNodes: readonly ForeignNode[]): ActorsRead {
  const seen = new Set<string>();
  const kinds: ActorKind[] = [];
  const positions: Position[] = [];
  for (const node of foreignNodes) {
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    const entry =
      entryOf(node.values, ACTOR_FIELD_KEYS.kind) ?? entryOf(node.values, ACTOR_FIELD_KEYS.type);
    kinds.push(kindFrom(entry).kind ?? "other");
    const at = node.position;
    if (at && Number.isFinite(at.x) && Number.isFinite(at.y)) positions.push(at);
  }
  // Where the format itself places every actor (GEXF's viz:position), as they will be drawn.
  const placed = positions.length === kinds.length ? spreadPositions(positions) : undefined;
  return placed ? { kinds, positions: placed } : { kinds };
}
