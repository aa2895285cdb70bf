// Type-ahead search over actors, tolerant of case, diacritics and typos ("witkof" finds Witkoff,
// "bohler" finds Boehler). Names and aliases first; then the words of a role ("qatar pm" finds
// the Prime Minister of Qatar, "hostage envoy" Trump's hostage envoy), an affiliation or the
// description, each hit saying which field matched. Common abbreviations stand for their words
// (pm, us, uk, un…; view/searchText.ts). Pure; ranks exact and prefix matches first, names before
// other fields. `searchActors` scans every actor; a large network searches through its index
// (view/searchIndex.ts), which scores the same way, only fewer actors.
import type { ActorGraph } from "../model/actorGraph";
import { foldText } from "../schema/suggest";
import { queryReadings, scoreWords, snippet, wordsOf, type QueryTerm } from "./searchText";

export interface SearchEntry {
  id: string;
  name: string;
  aliases: readonly string[];
  role?: string | undefined;
  affiliations?: readonly string[] | undefined;
  description?: string | undefined;
}

/** Which of an actor's fields a search matched. */
export type SearchField = "name" | "alias" | "role" | "affiliation" | "description";

export interface SearchHit {
  id: string;
  name: string;
  field: SearchField;
  /** The text that matched when it was not the name: the alias, role, affiliation or a snippet. */
  matched: string | undefined;
  score: number;
}

/** Base score of a match in each field: any name or alias match ranks above any role match… */
export const FIELD_BASE: Record<SearchField, number> = {
  name: 0,
  alias: 0,
  role: 10,
  affiliation: 12,
  description: 14,
};

/** A text read once for searching: as written, folded, and as words. */
export interface SearchText {
  text: string;
  folded: string;
  words: string[];
}

/** An actor's texts, read once (an index keeps them; a scan reads them for each search). */
export interface PreparedEntry {
  entry: SearchEntry;
  name: SearchText;
  aliases: SearchText[];
  role: SearchText | undefined;
  affiliations: SearchText[];
  description: SearchText | undefined;
}

const searchText = (text: string): SearchText => ({
  text,
  folded: foldText(text),
  words: wordsOf(text),
});

export function prepareEntry(entry: SearchEntry): PreparedEntry {
  return {
    entry,
    name: searchText(entry.name),
    aliases: entry.aliases.map(searchText),
    role: entry.role ? searchText(entry.role) : undefined,
    affiliations: (entry.affiliations ?? []).map(searchText),
    description: entry.description ? searchText(entry.description) : undefined,
  };
}

/** A query read once: folded (spaces collapsed) and as terms. */
export interface SearchQuery {
  folded: string;
  terms: QueryTerm[];
}

/** The query read once, or undefined when it is empty. */
export function readQuery(query: string): SearchQuery | undefined {
  const folded = foldText(query).replace(/\s+/g, " ");
  return folded === "" ? undefined : { folded, terms: queryReadings(folded) };
}

/** Lower score is better; undefined when the text does not match. */
function scoreName(query: SearchQuery, text: SearchText): number | undefined {
  const { folded } = text;
  const wanted = query.folded;
  if (folded === wanted) return 0;
  if (folded.startsWith(wanted)) return 1;
  if (text.words.some((word) => word.startsWith(wanted))) return 2;
  if (folded.includes(wanted)) return 3;
  const byWords = scoreWords(query.terms, text.words, true);
  return byWords === undefined ? undefined : 4 + byWords;
}

/** The actor's best match for the query, or undefined when no field matches. */
export function scoreEntry(prepared: PreparedEntry, query: SearchQuery): SearchHit | undefined {
  const { entry } = prepared;
  let best: SearchHit | undefined;
  const consider = (
    field: SearchField,
    matched: () => string | undefined,
    score: number | undefined,
  ) => {
    if (score === undefined) return;
    const total = FIELD_BASE[field] + score;
    if (best === undefined || total < best.score)
      best = { id: entry.id, name: entry.name, field, matched: matched(), score: total };
  };
  consider("name", () => undefined, scoreName(query, prepared.name));
  for (const alias of prepared.aliases)
    consider("alias", () => alias.text, scoreName(query, alias));
  if (best === undefined || best.score >= FIELD_BASE.role) {
    const { role, description } = prepared;
    if (role) consider("role", () => role.text, scoreWords(query.terms, role.words, true));
    for (const affiliation of prepared.affiliations)
      consider(
        "affiliation",
        () => affiliation.text,
        scoreWords(query.terms, affiliation.words, true),
      );
    if (description)
      consider(
        "description",
        () => snippet(description.text, query.folded),
        scoreWords(query.terms, description.words, false),
      );
  }
  return best;
}

/** Every actor's texts read and scored: for short lists (the editor's actor boxes). */
export function searchActors(
  entries: readonly SearchEntry[],
  query: string,
  limit = 8,
): SearchHit[] {
  const read = readQuery(query);
  if (read === undefined) return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    const hit = scoreEntry(prepareEntry(entry), read);
    if (hit) hits.push(hit);
  }
  return hits.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name)).slice(0, limit);
}

/** What search reads of each actor in the graph. */
export function searchEntries(graph: ActorGraph): SearchEntry[] {
  return graph.mapNodes((id, actor) => ({
    id,
    name: actor.name,
    aliases: actor.aliases ?? [],
    role: actor.role,
    affiliations: actor.affiliations,
    description: actor.description,
  }));
}
