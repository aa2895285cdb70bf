// The last step of a small network's layout: where ties still run through labels once the labels
// are placed, nudge the actors involved a little (the labelled actor off the tie, or the tie's far
// end around its actor) and keep a nudge only when the placed picture gets better and no boxes
// overlap. A bounded, deterministic local search; each try places every label again, so it runs
// only for networks of up to DECLUTTER_LIMIT actors, and the tries are fewer the more actors
// there are (TRY_BUDGET).
import { drawnLines } from "../view/drawnLines";
import { edgeShape, parallelOffsets } from "../view/edgeGeometry";
import { curvePoints, labelBoxAt, polylineCrossesBox } from "../view/labelCrossings";
import { scoredPlacement } from "../view/labelPlacement";
import type { LayoutLink, SimNode } from "./layoutTypes";

/** Up to this many actors the layout ends with the nudges (each try places every label). */
export const DECLUTTER_LIMIT = 40;
/** Tries × actors: 12 tries for the seed's 15 actors, 7 for 40 actors (more rarely help). */
const TRY_BUDGET = 300;
const MAX_TRIES = 12;
/** The least room between two symbols after a nudge, in px. */
const SYMBOL_GAP = 8;
/** How far a nudge moves an actor, in px. */
const STEPS = [12, 24];
/** Turns of a tie's far end around the actor whose own label it crosses, in degrees. */
const TURNS = [20, -20, 40, -40];

type Pair = readonly [SimNode, SimNode];

interface Scored {
  cost: number;
  /** Which tie (index in pairs) crosses which actor's label. */
  crossings: { pair: number; node: SimNode }[];
}

export function declutterLabels(nodes: readonly SimNode[], links: readonly LayoutLink[]): void {
  const index = new Map(nodes.map((node) => [node.id, node]));
  // The lines as the picture draws them (a bundle too large to fan is one), each with its bend.
  const ends = links
    .map((link, i) => ({ id: String(i), source: link.source, target: link.target }))
    .filter((end) => end.source !== end.target && index.has(end.source) && index.has(end.target));
  const lines = drawnLines(ends, false).map((line) => line[0] as (typeof ends)[number]);
  const bends = parallelOffsets(lines);
  const pairs: Pair[] = [];
  const offsets: number[] = [];
  for (const end of lines) {
    const a = index.get(end.source);
    const b = index.get(end.target);
    if (!a || !b) continue;
    pairs.push([a, b]);
    offsets.push(bends.get(end.id) ?? 0);
  }
  const score = () => scoreCurves(nodes, pairs, offsets);
  let current = score();
  let tries = 0;
  const maxTries = Math.min(MAX_TRIES, Math.floor(TRY_BUDGET / Math.max(nodes.length, 1)));
  while (current.crossings.length > 0 && tries < maxTries) {
    let improved = false;
    for (const crossing of current.crossings) {
      for (const move of nudges(crossing.node, pairs[crossing.pair])) {
        if (tries >= maxTries) break;
        const { node } = move;
        if (node.fx != null) continue;
        const before = { x: node.x ?? 0, y: node.y ?? 0 };
        node.x = move.x;
        node.y = move.y;
        if (symbolsClash(node, nodes)) {
          node.x = before.x;
          node.y = before.y;
          continue;
        }
        tries += 1;
        const next = score();
        if (next.cost < current.cost - 1e-9) {
          current = next;
          improved = true;
          break;
        }
        node.x = before.x;
        node.y = before.y;
      }
      if (improved) break;
    }
    if (!improved) break;
  }
}

/** The moves worth trying for one crossing, most promising first. */
function nudges(
  labelled: SimNode,
  pair: Pair | undefined,
): { node: SimNode; x: number; y: number }[] {
  if (!pair) return [];
  const [a, b] = pair;
  const moves: { node: SimNode; x: number; y: number }[] = [];
  const ax = a.x ?? 0;
  const ay = a.y ?? 0;
  const bx = b.x ?? 0;
  const by = b.y ?? 0;
  if (labelled === a || labelled === b) {
    // a tie through its own actor's label: turn it so the label's side comes free
    const centre = labelled === a ? a : b;
    const far = labelled === a ? b : a;
    const cx = centre.x ?? 0;
    const cy = centre.y ?? 0;
    for (const degrees of TURNS) {
      const angle = (degrees * Math.PI) / 180;
      const dx = (far.x ?? 0) - cx;
      const dy = (far.y ?? 0) - cy;
      moves.push({
        node: far,
        x: cx + dx * Math.cos(angle) - dy * Math.sin(angle),
        y: cy + dx * Math.sin(angle) + dy * Math.cos(angle),
      });
    }
    for (const [dx, dy] of [
      [0, -1],
      [0, 1],
      [-1, 0],
      [1, 0],
    ] as const)
      moves.push({ node: centre, x: cx + dx * STEPS[0]!, y: cy + dy * STEPS[0]! });
    return moves;
  }
  const length = Math.hypot(bx - ax, by - ay) || 1;
  let nx = -(by - ay) / length;
  let ny = (bx - ax) / length;
  // the normal pointing from the line towards the labelled actor
  if (((labelled.x ?? 0) - ax) * nx + ((labelled.y ?? 0) - ay) * ny < 0) {
    nx = -nx;
    ny = -ny;
  }
  for (const step of STEPS)
    moves.push({
      node: labelled,
      x: (labelled.x ?? 0) + nx * step,
      y: (labelled.y ?? 0) + ny * step,
    });
  for (const end of [a, b])
    for (const step of STEPS)
      moves.push({ node: end, x: (end.x ?? 0) - nx * step, y: (end.y ?? 0) - ny * step });
  return moves;
}

/** Whether a moved actor's symbol comes too near another's (labels are the score's business). */
function symbolsClash(node: SimNode, nodes: readonly SimNode[]): boolean {
  const x = node.x ?? 0;
  const y = node.y ?? 0;
  return nodes.some(
    (other) =>
      other !== node &&
      Math.hypot((other.x ?? 0) - x, (other.y ?? 0) - y) < node.r + other.r + SYMBOL_GAP,
  );
}

/** Places the labels (ties drawn as the picture draws them) and lists the crossings left. */
function scoreCurves(
  nodes: readonly SimNode[],
  pairs: readonly Pair[],
  offsets: readonly number[],
): Scored {
  const at = (node: SimNode) => ({ x: node.x ?? 0, y: node.y ?? 0 });
  const shapes = pairs.map(([a, b], i) => edgeShape(at(a), at(b), a.r, b.r, offsets[i] ?? 0, true));
  const lines = shapes.map((shape) => curvePoints(shape.curve));
  const { places, cost } = scoredPlacement({
    nodes: nodes.map((node) => ({
      ...at(node),
      id: node.id,
      r: node.r,
      labelWidth: node.labelWidth,
      lineCount: node.lineCount,
    })),
    edges: shapes,
  });
  const crossings: Scored["crossings"] = [];
  for (const node of nodes) {
    const place = places.get(node.id);
    if (!place) continue;
    const box = labelBoxAt(
      (node.x ?? 0) + place.dx,
      (node.y ?? 0) + place.dy,
      place.anchor,
      node.labelWidth,
      node.lineCount,
    );
    lines.forEach((line, pair) => {
      if (polylineCrossesBox(line, box)) crossings.push({ pair, node });
    });
  }
  return { cost, crossings };
}
