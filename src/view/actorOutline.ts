// The outline a pointer takes for an actor besides its symbol: the smallest convex shape around
// its hit circle and its name's box. Pure; the SVG renderer draws it as a transparent target.
import { labelBoxAt } from "./labelCrossings";
import type { SceneNode } from "./sceneTypes";

const round = (n: number) => Math.round(n * 100) / 100;

/** The hit circle's radius around an actor's centre (the renderers' actor-hit circle). */
export function actorHitRadius(r: number): number {
  return Math.max(r + 4, 12);
}

/**
 * The outline as SVG path data relative to the actor, so a click on the name, between its
 * letters or lines, or between the symbol and the name lands on the actor.
 */
export function actorOutline(
  node: Pick<SceneNode, "r" | "lines" | "labelDx" | "labelDy" | "labelAnchor" | "labelWidth">,
): string {
  const name = labelBoxAt(
    node.labelDx,
    node.labelDy,
    node.labelAnchor,
    node.labelWidth,
    node.lines.length,
  );
  const hit = actorHitRadius(node.r);
  const points: [number, number][] = [
    [name.x0, name.y0],
    [name.x1, name.y0],
    [name.x1, name.y1],
    [name.x0, name.y1],
  ];
  for (let i = 0; i < 16; i++) {
    const angle = (i * Math.PI) / 8;
    points.push([hit * Math.cos(angle), hit * Math.sin(angle)]);
  }
  return `M${convexHull(points)
    .map(([x, y]) => `${round(x)},${round(y)}`)
    .join("L")}Z`;
}

/** Andrew's monotone chain: the hull's corners, in order. */
function convexHull(points: [number, number][]): [number, number][] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: [number, number][]) => {
    const chain: [number, number][] = [];
    for (const point of list) {
      while (
        chain.length >= 2 &&
        cross(chain[chain.length - 2]!, chain[chain.length - 1]!, point) <= 0
      )
        chain.pop();
      chain.push(point);
    }
    chain.pop();
    return chain;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}
