// Type-ahead search over actor names and aliases, tolerant of case, diacritics and typos
// ("witkof" finds Witkoff, "bohler" finds Boehler). Pure; ranks exact and prefix matches first.
import { editDistance, foldText } from "../schema/suggest";

export interface SearchEntry {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface SearchHit {
  id: string;
  name: string;
  /** The alias that matched, when it was not the name. */
  matched: string | undefined;
  score: number;
}

function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/** Lower score is better; undefined when the text does not match. */
function scoreText(query: string, text: string): number | undefined {
  const folded = foldText(text);
  if (folded === query) return 0;
  if (folded.startsWith(query)) return 1;
  const words = folded.split(/[\s\-'’.]+/).filter(Boolean);
  if (words.some((word) => word.startsWith(query))) return 2;
  if (folded.includes(query)) return 3;
  const queryWords = query.split(/\s+/).filter(Boolean);
  let total = 0;
  for (const queryWord of queryWords) {
    let best = Infinity;
    for (const word of words) {
      const prefix = word.slice(0, Math.max(queryWord.length, 1));
      best = Math.min(best, editDistance(queryWord, word), editDistance(queryWord, prefix) + 0.5);
    }
    if (best > allowedTypos(queryWord.length)) return undefined;
    total += best;
  }
  return 4 + total;
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
    for (const [text, matched] of [
      [entry.name, undefined] as const,
      ...entry.aliases.map((alias) => [alias, alias] as const),
    ]) {
      const score = scoreText(folded, text);
      if (score !== undefined && (best === undefined || score < best.score))
        best = { id: entry.id, name: entry.name, matched, score };
    }
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name)).slice(0, limit);
}
