// Ties kept off other actors' symbols and labels. Every few ticks the labels are placed where the
// picture will put them (view/labelPlacement: below, or beside when ties crowd that side); in
// between, a tie whose straight line runs through the symbol or label of an actor that is not
// one of its ends pushes that actor off the line and its own two ends the other way. A tie
// through its own actor's label is the placement's to avoid, not this force's.
// O(actors × ties) per tick, so only for networks of up to TIE_CLEARANCE_LIMIT actors.
import type { Force } from "d3-force";
import { labelBoxAt } from "../view/labelCrossings";
import { placeLabels, placeBelow } from "../view/labelPlacement";
import type { LayoutLink, SimNode } from "./layoutTypes";

/**
 * Up to this many actors the layout keeps ties off labels: the networks drawn by hand from
 * reporting. At 100 actors the force and its placements would double the layout's time.
 */
export const TIE_CLEARANCE_LIMIT = 60;

/** Room kept between a tie and a box it passes, in px. */
const CLEARANCE = 3;
/** Labels are placed again every this many ticks, from this tick on. */
const PLACE_EVERY = 40;
const PLACE_FROM = 100;

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function forceTieClearance(
  links: readonly LayoutLink[],
  strength = 0.5,
): Force<SimNode, undefined> {
  let nodes: SimNode[] = [];
  let pairs: [SimNode, SimNode][] = [];
  let labels: (Rect | undefined)[] = [];
  let ticks = 0;
  let reach = new Float64Array(0);
  const force = (alpha: number) => {
    if (ticks >= PLACE_FROM && (ticks - PLACE_FROM) % PLACE_EVERY === 0)
      labels = placedLabels(nodes, pairs);
    ticks += 1;
    const k = Math.max(strength * alpha * 4, strength * 0.25);
    // each actor's reach (symbol and label) this tick, to skip the ties that pass far away
    nodes.forEach((node, i) => {
      const label = labels[i];
      const x = node.x ?? 0;
      const y = node.y ?? 0;
      reach[4 * i] = x + Math.min(-node.r, label?.left ?? 0) - CLEARANCE;
      reach[4 * i + 1] = x + Math.max(node.r, label?.right ?? 0) + CLEARANCE;
      reach[4 * i + 2] = y + Math.min(-node.r, label?.top ?? 0) - CLEARANCE;
      reach[4 * i + 3] = y + Math.max(node.r, label?.bottom ?? 0) + CLEARANCE;
    });
    for (const [a, b] of pairs) {
      const x0 = Math.min(a.x ?? 0, b.x ?? 0);
      const x1 = Math.max(a.x ?? 0, b.x ?? 0);
      const y0 = Math.min(a.y ?? 0, b.y ?? 0);
      const y1 = Math.max(a.y ?? 0, b.y ?? 0);
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i] as SimNode;
        if (node === a || node === b) continue;
        if (
          (reach[4 * i + 1] as number) < x0 ||
          (reach[4 * i] as number) > x1 ||
          (reach[4 * i + 3] as number) < y0 ||
          (reach[4 * i + 2] as number) > y1
        )
          continue;
        clear(node, -node.r, node.r, -node.r, node.r, a, b, k);
        const label = labels[i];
        if (label) clear(node, label.left, label.right, label.top, label.bottom, a, b, k);
      }
    }
  };
  force.initialize = (initial: SimNode[]) => {
    nodes = initial;
    reach = new Float64Array(4 * initial.length);
    ticks = 0;
    labels = initial.map(belowLabel);
    pairs = tiePairs(initial, links);
  };
  return force;
}

/** One pair of simulation nodes per pair of tied actors (parallel ties count once). */
export function tiePairs(
  nodes: readonly SimNode[],
  links: readonly LayoutLink[],
): [SimNode, SimNode][] {
  const index = new Map(nodes.map((node) => [node.id, node]));
  const seen = new Set<string>();
  const pairs: [SimNode, SimNode][] = [];
  for (const link of links) {
    const a = index.get(link.source);
    const b = index.get(link.target);
    const key =
      link.source < link.target
        ? `${link.source}\u0000${link.target}`
        : `${link.target}\u0000${link.source}`;
    if (!a || !b || a === b || seen.has(key)) continue;
    seen.add(key);
    pairs.push([a, b]);
  }
  return pairs;
}

function belowLabel(node: SimNode): Rect | undefined {
  return labelRect(node, placeBelow(node.r));
}

function labelRect(node: SimNode, place: ReturnType<typeof placeBelow>): Rect | undefined {
  if (node.lineCount === 0) return undefined;
  const box = labelBoxAt(place.dx, place.dy, place.anchor, node.labelWidth, node.lineCount);
  return { left: box.x0, right: box.x1, top: box.y0, bottom: box.y1 };
}

/** Where the picture would put each label now, ties drawn straight between the centres. */
function placedLabels(
  nodes: readonly SimNode[],
  pairs: readonly [SimNode, SimNode][],
): (Rect | undefined)[] {
  const at = (node: SimNode) => ({ x: node.x ?? 0, y: node.y ?? 0 });
  const places = placeLabels({
    nodes: nodes.map((node) => ({
      ...at(node),
      id: node.id,
      r: node.r,
      labelWidth: node.labelWidth,
      lineCount: node.lineCount,
    })),
    edges: pairs.map(([a, b]) => {
      const start = at(a);
      const end = at(b);
      return {
        curve: { start, control: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 }, end },
      };
    }),
  });
  return nodes.map((node) => {
    const place = places.get(node.id);
    return place ? labelRect(node, place) : undefined;
  });
}

/**
 * Pushes `node` off the line a–b when the line passes within the rect left…right × top…bottom
 * (relative to the node):
 * along the line's normal, by the rect's reach past the line, the node getting half and the
 * ends a quarter each.
 */
function clear(
  node: SimNode,
  left: number,
  right: number,
  top: number,
  bottom: number,
  a: SimNode,
  b: SimNode,
  k: number,
): void {
  const ax = a.x ?? 0;
  const ay = a.y ?? 0;
  const dx = (b.x ?? 0) - ax;
  const dy = (b.y ?? 0) - ay;
  const length = Math.hypot(dx, dy);
  if (length === 0) return;
  const nx = -dy / length;
  const ny = dx / length;
  const cx = (node.x ?? 0) + (left + right) / 2;
  const cy = (node.y ?? 0) + (top + bottom) / 2;
  // only where the rect's centre projects onto the segment itself, not its extension
  const t = ((cx - ax) * dx + (cy - ay) * dy) / (length * length);
  if (t <= 0 || t >= 1) return;
  const distance = (cx - ax) * nx + (cy - ay) * ny;
  const reach =
    (Math.abs(nx) * (right - left)) / 2 + (Math.abs(ny) * (bottom - top)) / 2 + CLEARANCE;
  const overlap = reach - Math.abs(distance);
  if (overlap <= 0) return;
  const push = overlap * k * (distance < 0 ? -1 : 1);
  const nodeShare = node.fx == null ? 0.5 : 0;
  node.vx = (node.vx ?? 0) + nx * push * nodeShare;
  node.vy = (node.vy ?? 0) + ny * push * nodeShare;
  for (const end of [a, b]) {
    if (end.fx != null) continue;
    end.vx = (end.vx ?? 0) - nx * push * 0.25;
    end.vy = (end.vy ?? 0) - ny * push * 0.25;
  }
}
