// The actor search's index for large networks: the same hits, in the same order, as scanning every
// actor (view/actorSearch.ts), found in a few milliseconds at 20 000 actors instead of 60–300 ms a
// keystroke. Every actor's texts are folded into words once; each distinct word lists the actors
// that use it. A query then scores only the actors that can match it:
//   - a name or alias that contains the query, or has a word beginning with it (levels 0–3 of a
//     name's score), read from the folded names (a plain `includes`, no word splitting);
//   - an actor that has, for every term of the query, a word that one of the term's phrases can
//     start with — with typos for names, aliases, roles and affiliations, as a prefix for
//     descriptions. A match needs at least that, so no actor that matches is left out.
// Those few are scored as the scan scores them, and ranked by score, then by name as
// `localeCompare` orders names (ranks worked out once). Pure; built in steps (view/steps.ts).
import { prepareEntry, readQuery, scoreEntry, type PreparedEntry } from "./actorSearch";
import type { SearchEntry, SearchHit } from "./actorSearch";
import { allowedTypos, wordScore, type QueryTerm } from "./searchText";
import { runSteps, STEP_ITEMS, type Steps } from "./steps";
import { sortSteps } from "./sortSteps";

export interface SearchIndex {
  /** The best `limit` hits, exactly as `searchActors(entries, query, limit)` gives them. */
  search(query: string, limit?: number): SearchHit[];
}

/** Distinct words, sorted by code unit (words sharing a prefix are neighbours), with their actors. */
interface Vocabulary {
  words: string[];
  actors: Map<string, number[]>;
}

/** Words remembered with the actors they match (query words typed again as the query grows). */
const MEMO_SIZE = 256;

function addWords(vocabulary: Map<string, number[]>, words: readonly string[], actor: number) {
  for (const word of words) {
    const list = vocabulary.get(word);
    if (!list) vocabulary.set(word, [actor]);
    else if (list[list.length - 1] !== actor) list.push(actor);
  }
}

function* vocabularySteps(actors: Map<string, number[]>): Steps<Vocabulary> {
  const words = yield* sortSteps([...actors.keys()], (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { words, actors };
}

/** The first word at or after `prefix` in sorted order. */
function lowerBound(words: readonly string[], prefix: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words[middle] as string) < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Calls `each` with the actors of every word that begins with `prefix`. */
function withPrefix(vocabulary: Vocabulary, prefix: string, each: (actors: number[]) => void) {
  const { words } = vocabulary;
  for (let i = lowerBound(words, prefix); i < words.length; i++) {
    const word = words[i] as string;
    if (!word.startsWith(prefix)) break;
    each(vocabulary.actors.get(word) as number[]);
  }
}

export function* searchIndexSteps(entries: readonly SearchEntry[]): Steps<SearchIndex> {
  const prepared: PreparedEntry[] = [];
  const named = new Map<string, number[]>();
  const typed = new Map<string, number[]>();
  const described = new Map<string, number[]>();
  for (const [index, entry] of entries.entries()) {
    if (index % STEP_ITEMS === STEP_ITEMS - 1) yield;
    const actor = prepareEntry(entry);
    prepared.push(actor);
    for (const text of [actor.name, ...actor.aliases]) {
      addWords(named, text.words, index);
      addWords(typed, text.words, index);
    }
    for (const text of [...(actor.role ? [actor.role] : []), ...actor.affiliations])
      addWords(typed, text.words, index);
    if (actor.description) addWords(described, actor.description.words, index);
  }
  const names = yield* vocabularySteps(named);
  const typos = yield* vocabularySteps(typed);
  const descriptions = yield* vocabularySteps(described);
  // Names in `localeCompare`'s order, actors with equal names in document order (a stable sort).
  const collator = new Intl.Collator();
  const order = yield* sortSteps([...prepared.keys()], (a, b) =>
    collator.compare((entries[a] as SearchEntry).name, (entries[b] as SearchEntry).name),
  );
  const rank = new Int32Array(prepared.length);
  order.forEach((actor, position) => (rank[actor] = position));
  return createIndex(prepared, { names, typos, descriptions }, rank);
}

/** Builds the index at once (tests, small networks). */
export function createSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  return runSteps(searchIndexSteps(entries));
}

function createIndex(
  prepared: readonly PreparedEntry[],
  vocabularies: { names: Vocabulary; typos: Vocabulary; descriptions: Vocabulary },
  rank: Int32Array,
): SearchIndex {
  const { names, typos, descriptions } = vocabularies;
  const count = prepared.length;
  const memo = new Map<string, number[][]>();

  /** The actor lists of the words a query word may stand for (typos, or a description prefix). */
  function actorsFor(queryWord: string): number[][] {
    const known = memo.get(queryWord);
    if (known) return known;
    const lists: number[][] = [];
    const add = (actors: number[]) => void lists.push(actors);
    if (allowedTypos(queryWord.length) === 0) withPrefix(typos, queryWord, add);
    else
      for (const word of typos.words)
        if (wordScore(queryWord, word, true) !== Infinity) add(typos.actors.get(word) as number[]);
    withPrefix(descriptions, queryWord, add);
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(queryWord, lists);
    return lists;
  }

  /** Actors with, for every term, a word that one of its phrases may start with. */
  function byTerms(terms: readonly QueryTerm[], found: (actor: number) => void): void {
    if (terms.length === 0) return;
    const passed = new Uint16Array(count);
    const seen = new Int32Array(count).fill(-1);
    terms.forEach((term, t) => {
      for (const phrase of term)
        for (const actors of actorsFor(phrase[0] as string))
          for (const actor of actors) {
            if (seen[actor] === t) continue;
            seen[actor] = t;
            if (passed[actor] !== t) continue;
            passed[actor] = t + 1;
            if (t === terms.length - 1) found(actor);
          }
    });
  }

  return {
    search(query, limit = 8) {
      const read = readQuery(query);
      if (read === undefined) return [];
      const candidate = new Uint8Array(count);
      const candidates: number[] = [];
      const found = (actor: number) => {
        if (candidate[actor]) return;
        candidate[actor] = 1;
        candidates.push(actor);
      };
      const wanted = read.folded;
      for (let actor = 0; actor < count; actor++) {
        const { name, aliases } = prepared[actor] as PreparedEntry;
        if (name.folded.includes(wanted) || aliases.some((alias) => alias.folded.includes(wanted)))
          found(actor);
      }
      withPrefix(names, wanted, (actors) => actors.forEach(found));
      byTerms(read.terms, found);

      // The best `limit` hits, in order, kept as they come (a broad query matches most actors).
      const best: { hit: SearchHit; rank: number }[] = [];
      const before = (a: { hit: SearchHit; rank: number }, b: typeof a) =>
        a.hit.score < b.hit.score || (a.hit.score === b.hit.score && a.rank < b.rank);
      for (const actor of candidates) {
        const hit = scoreEntry(prepared[actor] as PreparedEntry, read);
        if (!hit) continue;
        const entry = { hit, rank: rank[actor] as number };
        if (best.length === limit && !before(entry, best[limit - 1]!)) continue;
        let at = best.length;
        while (at > 0 && before(entry, best[at - 1]!)) at--;
        best.splice(at, 0, entry);
        if (best.length > limit) best.pop();
      }
      return best.map(({ hit }) => hit);
    },
  };
}
