// What a drawn line's ties say in the legend: each tie's family, word and status, and for a
// bundle of parallel ties its distinct ones in the order they first appear. A bundle's are read
// once and kept with its list of ties (view/sceneEdges keeps a line's list while the same ties
// are drawn), so redrawing 100,000 parallel ties does not read them again. Pure.
import type { TieAttributes } from "../model/actorGraph";
import { tieFamily, tieKindWord, tieStatusKey, type TieFamily } from "../schema/vocabulary";
import type { TieStatusKey } from "../schema/vocabulary";

export interface TieWord {
  family: TieFamily;
  word: string;
  status: TieStatusKey;
}

export function tieWord({ kind, label, status }: TieAttributes): TieWord {
  return { family: tieFamily(kind), word: tieKindWord(kind, label), status: tieStatusKey(status) };
}

/** The distinct words of these ties, in the order they first appear. */
export function distinctWords(ties: Iterable<TieAttributes>): TieWord[] {
  const seen = new Set<string>();
  const words: TieWord[] = [];
  let previous: TieAttributes | undefined;
  for (const tie of ties) {
    // a flood's ties are mostly alike: skip one like the tie before without building its word
    if (
      previous &&
      tie.kind === previous.kind &&
      tie.label === previous.label &&
      tie.status === previous.status
    )
      continue;
    previous = tie;
    const word = tieWord(tie);
    const key = `${word.family} ${word.word} ${word.status}`;
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}

const known = new WeakMap<readonly string[], readonly TieWord[]>();

/** Keeps a bundle's words (read where its ties were at hand) with its list of ties. */
export function rememberLineWords(ties: readonly string[], words: readonly TieWord[]): void {
  known.set(ties, words);
}

/** A line's distinct words: a lone tie's read now, a bundle's as kept (or read and kept). */
export function lineWords(
  ties: readonly string[],
  read: (tie: string) => TieAttributes,
): readonly TieWord[] {
  if (ties.length === 1) return [tieWord(read(ties[0] as string))];
  const words = known.get(ties) ?? distinctWords(ties.map(read));
  known.set(ties, words);
  return words;
}
