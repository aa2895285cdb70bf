// Places actors added to an arranged network without moving anyone else: each new actor starts
// beside the actors it is tied to (or at the edge of the picture when it has none), then a short
// simulation of its surroundings — where everything already placed stays fixed — settles it so
// that its box overlaps no one's. Deterministic: same input, same places.
import { forceLink, forceManyBody, forceSimulation, type SimulationLinkDatum } from "d3-force";
import { simNodeSize } from "./boxCollide";
import {
  forceBoxCollide,
  separateBoxes,
  type LayoutLink,
  type LayoutNode,
  type Positions,
} from "./forceLayout";
import type { SimNode } from "./layoutTypes";

/** How far around a new actor the settled neighbourhood reaches. */
const NEIGHBOURHOOD = 320;
const START_DISTANCE = 90;
const TICKS = 120;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Where every actor is: `placed` unchanged, plus a place for each actor not in it. */
export function placeNewActors(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  placed: Positions,
): Positions {
  const fresh = nodes.filter((node) => !placed.has(node.id));
  const result: Positions = new Map(placed);
  if (fresh.length === 0) return result;
  const neighbours = new Map<string, string[]>();
  for (const { source, target } of links) {
    if (source === target) continue;
    (neighbours.get(source) ?? neighbours.set(source, []).get(source)!).push(target);
    (neighbours.get(target) ?? neighbours.set(target, []).get(target)!).push(source);
  }
  // The edge of the picture, where actors with no placed neighbour line up.
  let maxX = 0;
  let minY = 0;
  let first = true;
  for (const { x, y } of placed.values()) {
    maxX = first ? x : Math.max(maxX, x);
    minY = first ? y : Math.min(minY, y);
    first = false;
  }
  let loose = 0;
  fresh.forEach((node, i) => {
    const anchors = (neighbours.get(node.id) ?? [])
      .map((id) => result.get(id))
      .filter((p): p is { x: number; y: number } => p !== undefined);
    if (anchors.length === 0) {
      result.set(node.id, { x: maxX + START_DISTANCE * 1.5, y: minY + loose++ * START_DISTANCE });
      return;
    }
    const cx = anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length;
    const cy = anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length;
    const angle = (i + 1) * GOLDEN_ANGLE;
    result.set(node.id, {
      x: cx + START_DISTANCE * Math.cos(angle),
      y: cy + START_DISTANCE * Math.sin(angle),
    });
  });
  settle(nodes, links, placed, fresh, result);
  return result;
}

function settle(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  placed: Positions,
  fresh: readonly LayoutNode[],
  result: Positions,
): void {
  const starts = fresh.map((node) => result.get(node.id)!);
  const near = (p: { x: number; y: number }) =>
    starts.some((s) => Math.abs(s.x - p.x) < NEIGHBOURHOOD && Math.abs(s.y - p.y) < NEIGHBOURHOOD);
  const freshIds = new Set(fresh.map((node) => node.id));
  const simNodes: SimNode[] = [];
  for (const node of nodes) {
    const at = result.get(node.id)!;
    if (!freshIds.has(node.id) && !near(at)) continue;
    const fixed = placed.get(node.id);
    simNodes.push({
      id: node.id,
      ...simNodeSize(node),
      x: at.x,
      y: at.y,
      ...(fixed ? { fx: fixed.x, fy: fixed.y } : {}),
    });
  }
  const index = new Set(simNodes.map((node) => node.id));
  const springs: SimulationLinkDatum<SimNode>[] = links
    .filter((l) => l.source !== l.target && index.has(l.source) && index.has(l.target))
    .filter((l) => freshIds.has(l.source) || freshIds.has(l.target))
    .map((l) => ({ source: l.source, target: l.target }));
  forceSimulation<SimNode>(simNodes)
    .force(
      "link",
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(springs)
        .id((node) => node.id)
        .distance(START_DISTANCE * 1.4)
        .strength(0.5),
    )
    .force("charge", forceManyBody<SimNode>().strength(-260).distanceMax(NEIGHBOURHOOD))
    .force("boxes", forceBoxCollide())
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .stop()
    .tick(TICKS);
  separateBoxes(simNodes);
  for (const node of simNodes)
    if (freshIds.has(node.id)) result.set(node.id, { x: node.x ?? 0, y: node.y ?? 0 });
}
