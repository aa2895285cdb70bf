// Which ties the picture draws as one line: each tie its own curve (parallel ties fan out, an
// actor's loops nest), except a bundle of ties between one pair of actors (or on one actor) drawn
// as one line with a count — every bundle when the reader collapses parallel ties, and a bundle
// too large to fan always. So whatever works over the drawn lines (label placement, crossings,
// the layout's nudges, the renderer) costs as much for 100,000 parallel ties as for 10. Pure.
import type { EdgeEnds } from "./edgeGeometry";

/**
 * Up to this many ties between one pair fan out (or loops on one actor nest). The outermost of 10
 * curves bends 72 px off the straight line (16 px apart, edgeGeometry's FAN_SPACING), two thirds
 * of the 110 px the layout keeps between tied actors; 10 loops reach 66 px above their actor.
 * A larger fan is wider than the pair is long, and it grows without end: 100,000 parallel ties
 * fanned over 1.6 million px, and placing labels among their curves froze the page for minutes
 * (3,000 took 1.4 s to open and 3.4 s to redraw on a click).
 */
export const FAN_UP_TO = 10;

type Ends = Pick<EdgeEnds, "source" | "target">;

/**
 * Numbers each pair of actors 0, 1, … in order of first appearance (a → b and b → a are one
 * pair). Maps of maps rather than a joined key: 100,000 ties would make 100,000 strings to hash.
 */
export function pairNumbering(): { of(source: string, target: string): number; count(): number } {
  const byFirst = new Map<string, Map<string, number>>();
  let count = 0;
  return {
    of(source, target) {
      const low = source < target ? source : target;
      const high = source < target ? target : source;
      let seconds = byFirst.get(low);
      if (!seconds) {
        seconds = new Map();
        byFirst.set(low, seconds);
      }
      let pair = seconds.get(high);
      if (pair === undefined) {
        pair = count++;
        seconds.set(high, pair);
      }
      return pair;
    },
    count: () => count,
  };
}

/**
 * The ties grouped into the lines the picture draws, in the order of each line's first tie: a
 * group of one is a tie of its own; a larger group is one line with a count.
 */
export function drawnLines<T extends Ends>(ties: readonly T[], collapse: boolean): T[][] {
  const numbering = pairNumbering();
  const pairs = ties.map((tie) => numbering.of(tie.source, tie.target));
  const sizes = new Int32Array(numbering.count());
  for (const pair of pairs) sizes[pair] = (sizes[pair] as number) + 1;
  const bundles: (T[] | undefined)[] = [];
  const lines: T[][] = [];
  ties.forEach((tie, i) => {
    const pair = pairs[i] as number;
    if (!collapse && (sizes[pair] as number) <= FAN_UP_TO) lines.push([tie]);
    else if (bundles[pair]) bundles[pair].push(tie);
    else {
      const line = [tie];
      bundles[pair] = line;
      lines.push(line);
    }
  });
  return lines;
}

/**
 * How many lines the picture draws for these ties (parallel ties not collapsed). With `enough`,
 * the count stops once more than that many pairs of actors are tied — every pair is at least one
 * line — and returns that many: a number over `enough`, all a caller comparing with it needs
 * (counting 60,000 ties' pairs took 13 ms of the task that makes a 20,000-actor explorer).
 */
export function drawnLineCount(ties: Iterable<Ends>, enough = Infinity): number {
  const numbering = pairNumbering();
  const sizes: number[] = [];
  for (const { source, target } of ties) {
    const pair = numbering.of(source, target);
    sizes[pair] = (sizes[pair] ?? 0) + 1;
    if (numbering.count() > enough) return numbering.count();
  }
  let lines = 0;
  for (const size of sizes) lines += size <= FAN_UP_TO ? size : 1;
  return lines;
}
