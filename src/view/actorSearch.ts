// Type-ahead search over actors, tolerant of case, diacritics and typos ("witkof" finds Witkoff,
// "bohler" finds Boehler). Names and aliases first; then the words of a role ("qatar pm" finds
// the Prime Minister of Qatar, "hostage envoy" Trump's hostage envoy), an affiliation or the
// description, each hit saying which field matched. Common abbreviations stand for their words
// (pm, us, uk, un…). Pure; ranks exact and prefix matches first, names before other fields.
import type { ActorGraph } from "../model/actorGraph";
import { editDistance, foldText } from "../schema/suggest";

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

/** The words an abbreviation stands for; either finds the other ("pm" ⇄ "prime minister"). */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  pm: ["prime minister"],
  fm: ["foreign minister"],
  us: ["united states", "american", "washington"],
  usa: ["united states"],
  uk: ["united kingdom", "britain", "british"],
  un: ["united nations"],
  eu: ["european union"],
  uae: ["united arab emirates"],
  idf: ["israel defense forces", "israeli army"],
  gov: ["government"],
  govt: ["government"],
  pres: ["president"],
  intel: ["intelligence"],
};

const EXPANSIONS = new Map<string, string>(
  Object.entries(ABBREVIATIONS).flatMap(([short, phrases]) =>
    phrases.map((phrase) => [phrase, short] as const),
  ),
);

/** Words a query may carry that say nothing by themselves. */
const STOP_WORDS = new Set(["a", "an", "the", "of", "and", "s", "in", "for", "to"]);

/** Base score of a match in each field: any name or alias match ranks above any role match… */
const FIELD_BASE: Record<SearchField, number> = {
  name: 0,
  alias: 0,
  role: 10,
  affiliation: 12,
  description: 14,
};

function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/** Folded text as words: "U.S.–Hamas talks" → ["us", "hamas", "talks"]. */
function wordsOf(text: string): string[] {
  return foldText(text)
    .replace(/\.(?=\w)/g, "")
    .split(/[\s\-–—'’.,;:()“”"/]+/)
    .filter(Boolean);
}

/** Lower score is better; undefined when the text does not match. */
function scoreName(query: string, text: string): number | undefined {
  const folded = foldText(text);
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  const words = wordsOf(text);
  if (words.some((word) => word.startsWith(query))) return 2;
  if (folded.includes(query)) return 3;
  const byWords = scoreWords(query, words, true);
  return byWords === undefined ? undefined : 4 + byWords;
}

/**
 * Every query word found among the text's words, as a prefix or (when `typos`) with a few typos;
 * an abbreviation may be found as the words it stands for, and those words as the abbreviation.
 * The sum of the typos; undefined when a word is missing.
 */
function scoreWords(query: string, words: readonly string[], typos: boolean): number | undefined {
  const readings = queryReadings(query);
  if (readings.length === 0) return undefined;
  let total = 0;
  for (const reading of readings) {
    let best = Infinity;
    for (const phrase of reading) best = Math.min(best, phraseScore(phrase, words, typos));
    if (!Number.isFinite(best)) return undefined;
    total += best;
  }
  return total;
}

/**
 * The query as a list of terms, each with the word runs that can stand for it: "qatar pm" →
 * [[qatar]], [[pm], [prime, minister]]; "prime minister" → [[prime, minister], [pm]].
 */
function queryReadings(query: string): string[][][] {
  const words = wordsOf(query).filter((word) => !STOP_WORDS.has(word));
  const terms: string[][][] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const phrase = [...EXPANSIONS.keys()].find((p) => {
      const run = p.split(" ");
      return run.length > 1 && run.every((w, k) => words[i + k] === w);
    });
    if (phrase !== undefined) {
      terms.push([phrase.split(" "), [EXPANSIONS.get(phrase) as string]]);
      i += phrase.split(" ").length - 1;
    } else terms.push([[word], ...(ABBREVIATIONS[word] ?? []).map((p) => p.split(" "))]);
  }
  return terms;
}

/** How well a run of words appears among `words` (consecutively): 0 exact … typos; Infinity. */
function phraseScore(phrase: readonly string[], words: readonly string[], typos: boolean): number {
  let best = Infinity;
  for (let start = 0; start + phrase.length <= words.length; start++) {
    let total = 0;
    for (let i = 0; i < phrase.length && total < best; i++)
      total += wordScore(phrase[i] as string, words[start + i] as string, typos);
    best = Math.min(best, total);
  }
  return best;
}

function wordScore(queryWord: string, word: string, typos: boolean): number {
  if (word === queryWord) return 0;
  if (word.startsWith(queryWord)) return 0.25;
  if (!typos) return Infinity;
  const prefix = word.slice(0, Math.max(queryWord.length, 1));
  const distance = Math.min(editDistance(queryWord, word), editDistance(queryWord, prefix) + 0.5);
  return distance <= allowedTypos(queryWord.length) ? distance : Infinity;
}

/** Up to about 60 characters of a description, from a little before the first word found. */
function snippet(text: string, query: string): string {
  if (text.length <= 64) return text;
  const first = wordsOf(query).find((word) => !STOP_WORDS.has(word)) ?? "";
  const at = Math.max(0, foldText(text).indexOf(first));
  let start = Math.max(0, at - 20);
  if (start > 0) {
    // begin at a word
    const space = text.indexOf(" ", start);
    if (space >= 0 && space < at) start = space + 1;
  }
  const end = Math.min(text.length, start + 60);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}

export function searchActors(
  entries: readonly SearchEntry[],
  query: string,
  limit = 8,
): SearchHit[] {
  const folded = foldText(query).replace(/\s+/g, " ");
  if (folded === "") return [];
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    let best: SearchHit | undefined;
    const consider = (
      field: SearchField,
      matched: string | undefined,
      score: number | undefined,
    ) => {
      if (score === undefined) return;
      const total = FIELD_BASE[field] + score;
      if (best === undefined || total < best.score)
        best = { id: entry.id, name: entry.name, field, matched, score: total };
    };
    consider("name", undefined, scoreName(folded, entry.name));
    for (const alias of entry.aliases) consider("alias", alias, scoreName(folded, alias));
    if (best === undefined || best.score >= FIELD_BASE.role) {
      if (entry.role) consider("role", entry.role, scoreWords(folded, wordsOf(entry.role), true));
      for (const affiliation of entry.affiliations ?? [])
        consider("affiliation", affiliation, scoreWords(folded, wordsOf(affiliation), true));
      if (entry.description)
        consider(
          "description",
          snippet(entry.description, folded),
          scoreWords(folded, wordsOf(entry.description), false),
        );
    }
    if (best) hits.push(best);
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
