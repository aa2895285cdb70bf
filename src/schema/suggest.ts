// "Did you mean" hints: the closest candidate by edit distance, folded for case and diacritics.

/** Lower case, no diacritics, no surrounding space: "Böhler " → "bohler". */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .trim();
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Distance to the whole candidate, to any of its words, or 0 when it starts with the value. */
function matchDistance(value: string, candidate: string): number {
  if (value.length >= 3 && candidate.startsWith(value)) return 0;
  let best = editDistance(value, candidate);
  for (const word of candidate.split(/[\s._-]+/))
    if (word.length >= 3) best = Math.min(best, editDistance(value, word));
  return best;
}

/** The candidate closest to `value`, if it is close enough to be a plausible typo. */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const folded = foldText(value);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = matchDistance(folded, foldText(candidate));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidate;
    }
  }
  const tolerance = Math.max(2, Math.floor(folded.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

export function didYouMean(value: string, candidates: Iterable<string>): string {
  const match = closestMatch(value, candidates);
  return match === undefined ? "" : ` (did you mean "${match}"?)`;
}
