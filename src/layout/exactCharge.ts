// Many-body repulsion summed over every pair (θ = 0), faster than a quadtree for small networks.
import type { Force } from "d3-force";
import { forEachPair } from "./forEachPair";
import type { SimNode } from "./layoutTypes";

/** d3's many-body force with θ = 0: the same law (strength · α / distance²), every pair. */
export function forceManyBodyExact(
  strength: number,
  distanceMax: number,
): Force<SimNode, undefined> {
  let nodes: SimNode[] = [];
  const max2 = distanceMax * distanceMax;
  const force = (alpha: number) => {
    const k = strength * alpha;
    forEachPair(nodes, (a, b) => {
      const dx = (b.x ?? 0) - (a.x ?? 0);
      const dy = (b.y ?? 0) - (a.y ?? 0);
      let l = dx * dx + dy * dy;
      if (l >= max2) return;
      // As d3 does: below distanceMin (1) the force stops growing.
      if (l < 1) l = Math.sqrt(l) || 1;
      const w = k / l;
      a.vx = (a.vx ?? 0) + dx * w;
      a.vy = (a.vy ?? 0) + dy * w;
      b.vx = (b.vx ?? 0) - dx * w;
      b.vy = (b.vy ?? 0) - dy * w;
    });
  };
  force.initialize = (initial: SimNode[]) => {
    nodes = initial;
  };
  return force;
}
