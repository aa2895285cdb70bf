// Finding what is under a point of the screen without an element per actor: a quadtree of the
// scene's actors and a search for the tie drawn nearest (its line, curve or loop). Pure (no DOM);
// both renderers pick ties with it (the nearest wins, whatever is drawn on top), and the canvas
// renderer finds actors with it too.
import { quadtree, type Quadtree } from "d3-quadtree";
import type { Viewport } from "../state/appState";
import { loopArc, loopDistance, type Curve, type Point } from "./edgeGeometry";
import { curvePoints } from "./labelCrossings";
import type { Scene, SceneEdge, SceneNode } from "./scene";

/** How near (screen pixels) a point must be to an actor's symbol to hit it. */
const ACTOR_SLACK_PX = 4;
/** How near (screen pixels) a point must be to a tie's line to hit it. */
export const TIE_HIT_PX = 6;

export interface SceneIndex {
  byId: ReadonlyMap<string, SceneNode>;
  /** The actor under a screen point: within its symbol and a few pixels; the nearest wins. */
  actorAt(viewport: Viewport, px: number, py: number): SceneNode | undefined;
  /** The tie whose line passes nearest a screen point, within a few pixels. */
  tieAt(viewport: Viewport, px: number, py: number): SceneEdge | undefined;
}

export function indexScene(scene: Scene): SceneIndex {
  const byId = new Map<string, SceneNode>();
  let maxR = 0;
  for (const node of scene.nodes) {
    byId.set(node.id, node);
    maxR = Math.max(maxR, node.r);
  }
  let tree: Quadtree<SceneNode> | undefined;
  const toWorld = (viewport: Viewport, px: number, py: number) => ({
    x: (px - viewport.x) / viewport.k,
    y: (py - viewport.y) / viewport.k,
  });
  return {
    byId,
    actorAt(viewport, px, py) {
      tree ??= quadtree<SceneNode>()
        .x((node) => node.x)
        .y((node) => node.y)
        .addAll(scene.nodes);
      const at = toWorld(viewport, px, py);
      const slack = ACTOR_SLACK_PX / viewport.k;
      const node = tree.find(at.x, at.y, maxR + slack);
      return node && Math.hypot(node.x - at.x, node.y - at.y) <= node.r + slack ? node : undefined;
    },
    tieAt(viewport, px, py) {
      const at = toWorld(viewport, px, py);
      let best: SceneEdge | undefined;
      let bestDistance = TIE_HIT_PX / viewport.k;
      for (const edge of scene.edges) {
        const a = byId.get(edge.source);
        if (!a || !byId.has(edge.target)) continue;
        const distance =
          edge.loop !== undefined
            ? loopDistance(loopArc(a, a.r, edge.loop), at.x, at.y)
            : curveDistance(edge.curve, at);
        if (distance < bestDistance) {
          bestDistance = distance;
          best = edge;
        }
      }
      return best;
    },
  };
}

/** Distance from a point to a tie's line: its segment, or its curve sampled finely. */
export function curveDistance(curve: Curve, at: Point): number {
  const points = curvePoints(curve, 24);
  let best = Infinity;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    best = Math.min(best, segmentDistance(at.x, at.y, a.x, a.y, b.x, b.y));
  }
  return best;
}

/** Distance from a point to a segment. */
export function segmentDistance(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
