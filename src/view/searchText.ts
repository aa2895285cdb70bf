// The text side of the actor search (view/actorSearch.ts, view/searchIndex.ts): folding a text
// into words, reading a query as terms (abbreviations and the words they stand for), and scoring a
// query word against a text's word with a few typos allowed. Pure.
import { foldText } from "../schema/suggest";

/** The words an abbreviation stands for; either finds the other ("pm" ⇄ "prime minister"). */
export const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
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

export const EXPANSIONS = new Map<string, string>(
  Object.entries(ABBREVIATIONS).flatMap(([short, phrases]) =>
    phrases.map((phrase) => [phrase, short] as const),
  ),
);
/** The expansions of more than one word, as word runs. */
const RUNS = [...EXPANSIONS.keys()].map((phrase) => phrase.split(" "));

/** Words a query may carry that say nothing by themselves. */
export const STOP_WORDS = new Set(["a", "an", "the", "of", "and", "s", "in", "for", "to"]);

/** How many typos a query word of this length may have. */
export function allowedTypos(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/** Folded text as words: "U.S.–Hamas talks" → ["us", "hamas", "talks"]. */
export function wordsOf(text: string): string[] {
  return foldText(text)
    .replace(/\.(?=\w)/g, "")
    .split(/[\s\-–—'’.,;:()“”"/]+/)
    .filter(Boolean);
}

/**
 * A query term: the word runs that can stand for it. A query is a list of terms; a text matches
 * when every term is found among its words.
 */
export type QueryTerm = readonly (readonly string[])[];

/**
 * The query as a list of terms, each with the word runs that can stand for it: "qatar pm" →
 * [[qatar]], [[pm], [prime, minister]]; "prime minister" → [[prime, minister], [pm]].
 */
export function queryReadings(query: string): QueryTerm[] {
  const words = wordsOf(query).filter((word) => !STOP_WORDS.has(word));
  const terms: string[][][] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const run = RUNS.find((r) => r.length > 1 && r.every((w, k) => words[i + k] === w));
    if (run !== undefined) {
      terms.push([run, [EXPANSIONS.get(run.join(" ")) as string]]);
      i += run.length - 1;
    } else {
      // Own keys only: "constructor" is a word, not an abbreviation.
      const phrases = Object.hasOwn(ABBREVIATIONS, word) ? (ABBREVIATIONS[word] ?? []) : [];
      terms.push([[word], ...phrases.map((p) => p.split(" "))]);
    }
  }
  return terms;
}

/**
 * Every term found among the text's words, as a prefix or (when `typos`) with a few typos; an
 * abbreviation may be found as the words it stands for, and those words as the abbreviation.
 * The sum of the typos; undefined when a term is missing.
 */
export function scoreWords(
  terms: readonly QueryTerm[],
  words: readonly string[],
  typos: boolean,
): number | undefined {
  if (terms.length === 0) return undefined;
  let total = 0;
  for (const term of terms) {
    let best = Infinity;
    for (const phrase of term) best = Math.min(best, phraseScore(phrase, words, typos));
    if (!Number.isFinite(best)) return undefined;
    total += best;
  }
  return total;
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

/** 0 for the word itself, 0.25 for a word it begins, its typos when allowed; else Infinity. */
export function wordScore(queryWord: string, word: string, typos: boolean): number {
  if (word === queryWord) return 0;
  if (word.startsWith(queryWord)) return 0.25;
  if (!typos) return Infinity;
  const allowed = allowedTypos(queryWord.length);
  // An edit distance is at least the difference in length: a word too short is out at once.
  if (allowed === 0 || word.length < queryWord.length - allowed) return Infinity;
  // The distance to the whole word, or to its beginning (half a typo more), within `allowed`.
  const prefix = word.slice(0, Math.max(queryWord.length, 1));
  const distance = Math.min(
    boundedDistance(queryWord, word, allowed),
    boundedDistance(queryWord, prefix, allowed - 1) + 0.5,
  );
  return distance <= allowed ? distance : Infinity;
}

/** Rows of the distance table, kept between calls (the words are short; a search makes many). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The optimal-string-alignment distance between `a` and `b` (schema/suggest.ts's editDistance:
 * Levenshtein plus adjacent transpositions) when it is at most `limit`, else Infinity; it stops
 * as soon as two rows of the table are over the limit (no later row can come back under it).
 */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  const cols = b.length + 1;
  if (rows[0]!.length < cols) rows = rows.map(() => new Int32Array(cols * 2));
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < cols; j++) previous[j] = j;
  let previousOver = false;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      let best = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    const over = rowMin > limit;
    if (over && previousOver) return Infinity;
    previousOver = over;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[cols - 1]!;
  return distance <= limit ? distance : Infinity;
}

/** Up to about 60 characters of a description, from a little before the first word found. */
export function snippet(text: string, query: string): string {
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
