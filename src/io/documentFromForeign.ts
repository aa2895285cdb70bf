// The one mapping from a foreign graph to a Backchannel document — field names, vocabularies,
// slugs, time, and evidence that points at the imported file — ending at the schema's gate
// (parseDocument), so every import path is validated the same way.
import {
  FORMAT_TAG,
  type Actor,
  type NetworkDocument,
  type Source,
  type Tie,
  type TieCount,
} from "../schema/networkDocument";
import { formatProblem, parseDocument, type Problem } from "../schema/parseDocument";
import type { ActorKind } from "../schema/vocabulary";
import { ACTOR_FIELD_KEYS, TIE_FIELD_KEYS, importedAttributeName } from "./fieldNames";
import type { ForeignEdge, ForeignGraph, ForeignNode, ValueBag } from "./foreignGraph";
import { actorKindOf, booleanOf, listOf, numberOf, partialDateOf, textOf } from "./foreignValues";
import type { ImportResult } from "./importResult";
import { kindAndLabelFrom, statusAndNoteFrom } from "./tieClaims";
import { assignSlugs, slugify } from "./slugIds";
import { tieTimeFrom } from "./tieTimeFromValues";
import {
  attributeValueOf,
  dropRepeats,
  entryOf,
  takeEntry,
  type AttributeValue,
  type Entry,
} from "./valueBag";

/** What is left in the bag, as attributes (plus the extras the mapping set aside). A value the
 * exports set apart as `attributes.<name>` wins over a field column of the same name. */
function attributesFrom(
  bag: ValueBag,
  extras: [string, AttributeValue][],
): Record<string, AttributeValue> | undefined {
  const entries: [string, AttributeValue][] = [];
  const seen = new Set<string>();
  const add = (name: string, value: AttributeValue) => {
    if (name === "__proto__" || seen.has(name)) return;
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

function actorFrom(node: ForeignNode, id: string): Actor {
  const bag: ValueBag = new Map(node.values);
  const extras: [string, AttributeValue][] = [];

  const nameEntry = takeEntry(bag, ACTOR_FIELD_KEYS.name);
  const name = textOf(nameEntry?.[1]) ?? (node.id.trim() === "" ? id : node.id.trim());
  dropRepeats(bag, ACTOR_FIELD_KEYS.name, name);

  const kindEntry = takeEntry(bag, ACTOR_FIELD_KEYS.kind) ?? takeEntry(bag, ACTOR_FIELD_KEYS.type);
  const { kindText, kind } = kindFrom(kindEntry);
  if (kindEntry && kind === undefined && kindText !== undefined)
    extras.push(["kind", attributeValueOf(kindEntry[1])]);

  const role = textOf(takeEntry(bag, ACTOR_FIELD_KEYS.role)?.[1]);
  const aliases = listOf(takeEntry(bag, ACTOR_FIELD_KEYS.aliases)?.[1]);
  const affiliations = listOf(takeEntry(bag, ACTOR_FIELD_KEYS.affiliations)?.[1]);
  const descriptionValue = takeEntry(bag, ACTOR_FIELD_KEYS.description)?.[1];
  const description =
    typeof descriptionValue === "string" ? descriptionValue : textOf(descriptionValue);

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

function tieFrom(edge: ForeignEdge, ends: TieEnds, warn: (message: string) => void): Tie {
  const bag: ValueBag = new Map(edge.values);
  const extras: [string, AttributeValue][] = [];

  let directed = edge.directed;
  let kindEntry = takeEntry(bag, TIE_FIELD_KEYS.kind);
  const typeEntry = entryOf(bag, TIE_FIELD_KEYS.type);
  const typeWord = textOf(typeEntry?.[1])?.toLowerCase();
  if (typeEntry && typeWord !== undefined && DIRECTION_WORDS.has(typeWord)) {
    bag.delete(typeEntry[0]);
    if (typeWord === "undirected" || typeWord === "mutual") directed = false;
    if (typeWord === "directed") directed = true;
  } else if (typeEntry && !kindEntry) {
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

/** Problems of the converted document, pointed back at the rows or elements they came from. */
function problemsAtOrigins(
  problems: Problem[],
  actorOrigins: string[],
  tieOrigins: string[],
  file: string,
): Problem[] {
  return problems.map((problem) => {
    const match = /^(actors|ties)\[(\d+)\]\.?(.*)$/.exec(problem.path);
    const origins = match?.[1] === "actors" ? actorOrigins : tieOrigins;
    const origin = match ? origins[Number(match[2])] : undefined;
    if (!match || origin === undefined) return { path: file, message: formatProblem(problem) };
    return { path: match[3] ? `${origin}, ${match[3]}` : origin, message: problem.message };
  });
}

/**
 * The kinds of the actors a foreign graph's nodes become, in the document's order (a repeated id
 * is one actor; "other" where no kind of the vocabulary is given), as actorFrom maps them: what a
 * picture of them needs before the ties are read. Nothing of the file's own text is in it.
 */
export function actorKindsOf(foreignNodes: readonly ForeignNode[]): ActorKind[] {
  const seen = new Set<string>();
  const kinds: ActorKind[] = [];
  for (const node of foreignNodes) {
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    const entry =
      entryOf(node.values, ACTOR_FIELD_KEYS.kind) ?? entryOf(node.values, ACTOR_FIELD_KEYS.type);
    kinds.push(kindFrom(entry).kind ?? "other");
  }
  return kinds;
}

/** Build the document a foreign graph describes, and validate it. */
export function buildImportedDocument(graph: ForeignGraph): ImportResult {
  const warnings = [...graph.warnings];
  const mainFile = graph.files[graph.files.length - 1] ?? "imported file";
  if (graph.nodes.length === 0 && graph.edges.length === 0)
    return {
      ok: false,
      problems: [{ path: graph.files.join(", "), message: "no actors or ties to import" }],
    };

  const sourceIds = assignSlugs(
    graph.files.map((file) => `import-${slugify(file) || "file"}`),
    "import",
  );
  const sources: Source[] = graph.files.map((file, index) => ({
    id: sourceIds[index] ?? "import",
    publisher: "Imported file",
    title: file,
  }));
  const sourceIdOfFile = new Map(graph.files.map((file, index) => [file, sourceIds[index]]));

  // Nodes: the first of a repeated id wins; edge ends with no node become actors.
  const nodes: ForeignNode[] = [];
  const nodeIds = new Set<string>();
  for (const node of graph.nodes) {
    if (nodeIds.has(node.id)) {
      warnings.push(`${node.origin}: id "${node.id}" is used twice; the first one is kept`);
      continue;
    }
    nodeIds.add(node.id);
    nodes.push(node);
  }
  // Ties from an actor to itself are kept (drawn as small loops).
  const edges = graph.edges;
  const added: string[] = [];
  for (const edge of edges)
    for (const end of [edge.source, edge.target])
      if (!nodeIds.has(end)) {
        nodeIds.add(end);
        added.push(end);
        nodes.push({ id: end, origin: edge.origin, values: new Map() });
      }
  if (added.length > 0 && !graph.nodesFromEdges)
    warnings.push(
      `${added.length} actor(s) named by ties but not listed as nodes were added: ${added
        .map((id) => `"${id}"`)
        .join(", ")}`,
    );

  const actorIds = assignSlugs(
    nodes.map((node) => node.id),
    "actor",
  );
  const actorIdOf = new Map(nodes.map((node, index) => [node.id, actorIds[index] ?? ""]));
  const actors = nodes.map((node, index) => actorFrom(node, actorIds[index] ?? ""));

  const tieIds = assignSlugs(
    edges.map((edge) => edge.id),
    "tie",
  );
  const ties = edges.map((edge, index) =>
    tieFrom(
      edge,
      {
        id: tieIds[index] ?? "",
        source: actorIdOf.get(edge.source) ?? "",
        target: actorIdOf.get(edge.target) ?? "",
        sourceId: sourceIdOfFile.get(edge.file) ?? sourceIds[0] ?? "",
      },
      (message) => warnings.push(`${edge.origin}: ${message}`),
    ),
  );

  const title = graph.title?.trim() || mainFile;
  const asOf = graph.asOf === undefined ? undefined : partialDateOf(graph.asOf);
  const document: NetworkDocument = {
    format: FORMAT_TAG,
    title,
    ...(graph.description !== undefined && graph.description.trim() !== ""
      ? { description: graph.description.trim() }
      : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    sources,
    actors,
    ties,
  };
  const result = parseDocument(document);
  if (result.ok) return { ok: true, document: result.document, warnings };
  return {
    ok: false,
    problems: problemsAtOrigins(
      result.problems,
      nodes.map((node) => node.origin),
      edges.map((edge) => edge.origin),
      mainFile,
    ),
  };
}

/** Title and description from a foreign file's graph metadata (title, else name, else label). */
export function metadataOf(record: Record<string, unknown>): {
  title?: string;
  description?: string;
} {
  const text = (value: unknown) =>
    typeof value === "string" && value.trim() !== "" ? value : undefined;
  const title = text(record.title) ?? text(record.name) ?? text(record.label);
  const description = text(record.description);
  return {
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}
