// Where each actor's label goes: below the symbol unless a tie runs through it there, then the
// side (above, right, left, a corner) that ties, symbols and other labels leave clearest. A few
// deterministic rounds of local search over eight candidate places per label; pure.
import { THEME } from "./encodings";
import { LABEL_ASCENT, labelBoxAt } from "./labelCrossings";
import { EMPTY, overlaps, symbolGrid, tieGrid, union } from "./labelGrids";
import type { Curve } from "./edgeGeometry";
import type { Bounds, LabelAnchor } from "./sceneTypes";

/** A label's place relative to its actor's centre: the anchor's x and the first baseline. */
export interface LabelPlace {
  dx: number;
  dy: number;
  anchor: LabelAnchor;
}

const GAP = 4;
/** Cost of one tie through a label; an actor that must stay clear weighs far more. */
const CROSSING = 1;
const PRIORITY_CROSSING = 40;
/** Cost of a label over another actor's symbol or another label. */
const OVERLAP = 6;
const ROUNDS = 4;
/** Grid cell for finding the ties near a label, in world px. */
const CELL = 64;

/** Directions around the symbol, most preferred first: below, above, the sides, the diagonals. */
const DIRECTIONS = [
  90, 270, 0, 180, 45, 135, 315, 225, 22.5, 157.5, 67.5, 112.5, 337.5, 202.5, 292.5, 247.5,
];
/** Extra distance from the symbol of the second ring of places (labels a little further out). */
const RING = [0, 10];

/** A candidate place relative to the actor's centre, with its box and preference cost. */
interface Shape {
  place: LabelPlace;
  /** The label's box relative to the centre. */
  box: Bounds;
  /** Below first, nearer first: grows with every place, so the search can stop early. */
  preference: number;
}

const shapes = new Map<string, { options: Shape[]; hull: Bounds }>();

/**
 * The places around a symbol: the label's box pushed out from the centre along each direction
 * until it clears the symbol by GAP (plus the ring's distance). Labels to the right start at
 * their left edge and labels to the left end at their right edge, so wrapped lines align on
 * the side facing the symbol. The same sizes give the same places, so they are kept.
 */
function candidatePlaces(
  r: number,
  width: number,
  lineCount: number,
): { options: Shape[]; hull: Bounds } {
  const key = `${r} ${width} ${lineCount}`;
  const known = shapes.get(key);
  if (known) return known;
  const height = lineCount * THEME.labelLineHeight;
  const options: Shape[] = [];
  RING.forEach((ring, ringIndex) => {
    DIRECTIONS.forEach((degrees, order) => {
      const ux = round4(Math.cos((degrees * Math.PI) / 180));
      const uy = round4(Math.sin((degrees * Math.PI) / 180));
      // distance from the box's centre to its edge along u, so the box's near side clears r
      const reach = Math.min(
        ux === 0 ? Infinity : width / 2 / Math.abs(ux),
        uy === 0 ? Infinity : height / 2 / Math.abs(uy),
      );
      const distance = r + GAP + ring + reach;
      const cx = ux * distance;
      const top = uy * distance - height / 2;
      const anchor: LabelAnchor = ux > 0.3 ? "start" : ux < -0.3 ? "end" : "middle";
      const dx = anchor === "start" ? cx - width / 2 : anchor === "end" ? cx + width / 2 : cx;
      const place = { dx: round2(dx), dy: round2(top + LABEL_ASCENT), anchor };
      options.push({
        place,
        box: labelBoxAt(place.dx, place.dy, anchor, width, lineCount),
        preference: order * 0.02 + ringIndex * 0.4,
      });
    });
  });
  const hull = options.reduce((all, option) => union(all, option.box), EMPTY);
  if (shapes.size > 10_000) shapes.clear();
  const shape = { options, hull };
  shapes.set(key, shape);
  return shape;
}

const round2 = (n: number) => Math.round(n * 100) / 100 + 0;
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The default place: centred under the symbol (what a network without ties gets). */
export function placeBelow(r: number): LabelPlace {
  return { dx: 0, dy: r + GAP + LABEL_ASCENT, anchor: "middle" };
}

export interface PlacementNode {
  id: string;
  x: number;
  y: number;
  r: number;
  labelWidth: number;
  /** Lines of the label; 0 for an actor without one. */
  lineCount: number;
}

export interface PlacementInput {
  nodes: readonly PlacementNode[];
  edges: readonly { curve: Curve; dimmed?: boolean }[];
  /**
   * Actors whose labels no tie should cross (the selected one, the highlighted ones); dimmed
   * ties count against them only as much as against any label.
   */
  priority?: ReadonlySet<string> | undefined;
}

/**
 * Up to this many actors labels are placed around them; above, they stay under their actors
 * (placing 400 labels among 1 200 ties takes tens of ms, on every redraw while a layout moves).
 */
export const LABEL_PLACEMENT_LIMIT = 150;

let last: { key: string; places: ReadonlyMap<string, LabelPlace> } | undefined;

/**
 * A place for every labelled actor. Same input (same order) → same places. The last result is
 * kept: hovering redraws the scene with the same places.
 */
export function placeLabels(input: PlacementInput): ReadonlyMap<string, LabelPlace> {
  const key = placementKey(input);
  if (last?.key === key) return last.places;
  const { places } = scoredPlacement(input);
  last = { key, places };
  return places;
}

function placementKey({ nodes, edges, priority }: PlacementInput): string {
  const parts: (string | number)[] = [];
  for (const n of nodes) parts.push(n.id, n.x, n.y, n.r, n.labelWidth, n.lineCount);
  parts.push("|");
  for (const { curve, dimmed } of edges)
    parts.push(
      curve.start.x,
      curve.start.y,
      curve.control.x,
      curve.control.y,
      curve.end.x,
      curve.end.y,
      dimmed ? 1 : 0,
    );
  parts.push("|", ...[...(priority ?? [])].sort());
  return parts.join(" ");
}

/**
 * The places and what they cost: ties through labels (one each, more for priority actors),
 * labels over symbols or other labels, and a little for every label not in its preferred place.
 */
export function scoredPlacement(input: PlacementInput): {
  places: Map<string, LabelPlace>;
  cost: number;
} {
  const { nodes, priority } = input;
  const ties = tieGrid(input.edges, CELL);
  const symbols = symbolGrid(nodes, CELL);
  const labelled = nodes.filter((node) => node.lineCount > 0);
  const shapesOf = labelled.map((node) => candidatePlaces(node.r, node.labelWidth, node.lineCount));
  const at = (i: number, box: Bounds): Bounds => {
    const node = labelled[i] as PlacementNode;
    return { x0: node.x + box.x0, y0: node.y + box.y0, x1: node.x + box.x1, y1: node.y + box.y1 };
  };
  // What does not move (ties and symbols under a place), worked out only for the places tried.
  const fixedCosts = labelled.map((_node, i) =>
    new Float64Array(shapesOf[i]?.options.length ?? 0).fill(NaN),
  );
  const fixed = (i: number, c: number): number => {
    const costs = fixedCosts[i] as Float64Array;
    const known = costs[c] as number;
    if (!Number.isNaN(known)) return known;
    const node = labelled[i] as PlacementNode;
    const option = shapesOf[i]?.options[c] as Shape;
    const box = at(i, option.box);
    const crossed = ties.crossing(box);
    const weight = priority?.has(node.id) ? PRIORITY_CROSSING : CROSSING;
    const cost =
      option.preference +
      weight * crossed.lit +
      CROSSING * crossed.dimmed +
      OVERLAP * symbols.under(box, node);
    costs[c] = cost;
    return cost;
  };
  // Labels whose places could overlap: only these are compared with each other.
  const reach = labelled.map((_node, i) => at(i, shapesOf[i]?.hull ?? EMPTY));
  const near = labelled.map((_node, i) =>
    labelled.flatMap((_other, j) =>
      j !== i && overlaps(reach[i] ?? EMPTY, reach[j] ?? EMPTY) ? [j] : [],
    ),
  );
  const chosen = labelled.map(() => 0);
  const chosenBox = (j: number): Bounds =>
    at(j, shapesOf[j]?.options[chosen[j] ?? 0]?.box ?? EMPTY);
  const overlapCost = (i: number, box: Bounds, after = -1): number => {
    let cost = 0;
    for (const j of near[i] ?? []) if (j > after && overlaps(box, chosenBox(j))) cost += OVERLAP;
    return cost;
  };
  for (let round = 0; round < ROUNDS; round++) {
    let changed = false;
    labelled.forEach((_node, i) => {
      const options = shapesOf[i]?.options ?? [];
      let best = chosen[i] ?? 0;
      let bestCost = Infinity;
      for (let c = 0; c < options.length; c++) {
        // places come in order of preference: past the best cost, none can win
        if ((options[c]?.preference ?? 0) >= bestCost) break;
        let cost = fixed(i, c);
        if (cost >= bestCost) continue;
        cost += overlapCost(i, at(i, options[c]?.box ?? EMPTY));
        if (cost < bestCost) {
          bestCost = cost;
          best = c;
        }
      }
      if (best !== chosen[i]) {
        chosen[i] = best;
        changed = true;
      }
    });
    if (!changed) break;
  }
  const places = new Map<string, LabelPlace>();
  let cost = 0;
  labelled.forEach((node, i) => {
    const option = shapesOf[i]?.options[chosen[i] ?? 0];
    if (!option) return;
    places.set(node.id, option.place);
    // each overlapping pair once
    cost += fixed(i, chosen[i] ?? 0) + overlapCost(i, chosenBox(i), i);
  });
  return { places, cost };
}
