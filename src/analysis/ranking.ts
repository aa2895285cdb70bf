// Ranking actors by a metric in words a reader can quote: competition ranks ("joint 4th of 15")
// and English ordinals. Pure arithmetic on numbers; knows nothing about graphs or which metric.
import type { NodeId } from "../model/actorGraph";

export interface Rank {
  /** 1 for the highest value; equal values share the better position (1, 2, 2, 4). */
  position: number;
  /** How many actors were ranked. */
  of: number;
  /** True when another actor has the same value. */
  shared: boolean;
}

/** Values this close count as equal: sums of path fractions differ in their last bits. */
const EPSILON = 1e-9;

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Standard competition ranking ("1224"), highest value first. */
export function competitionRanks(values: ReadonlyMap<NodeId, number>): Map<NodeId, Rank> {
  const sorted = [...values].sort((a, b) => b[1] - a[1]);
  const ranks = new Map<NodeId, Rank>();
  let start = 0;
  while (start < sorted.length) {
    const first = sorted[start]?.[1] ?? 0;
    let end = start + 1;
    while (end < sorted.length && sameValue(sorted[end]?.[1] ?? NaN, first)) end++;
    for (let i = start; i < end; i++) {
      const node = sorted[i]?.[0];
      if (node !== undefined)
        ranks.set(node, { position: start + 1, of: sorted.length, shared: end - start > 1 });
    }
    start = end;
  }
  return ranks;
}

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th", 22 → "22nd", 113 → "113th". */
export function ordinal(n: number): string {
  const lastTwo = Math.abs(n) % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (Math.abs(n) % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** "1st of 15", or "joint 4th of 15" when the value is shared. */
export function formatRank(rank: Rank): string {
  return `${rank.shared ? "joint " : ""}${ordinal(rank.position)} of ${rank.of}`;
}
