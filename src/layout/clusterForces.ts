// The pull of ties in the large-network layout (multilevelLayout.ts). d3's forceLink is a spring
// towards a rest length: it draws a network of blocks as one evenly filled disc, the blocks
// overlapping at their edges. This pull grows more slowly than the distance (as
// distance^(exponent − 1), distance^0.4 in the large layout: between Noack's LinLog model, whose
// minimum-energy drawings separate groups of densely tied actors as modularity does, and a
// spring): groups come apart, while the ties inside a group keep a readable length. Each end is moved in proportion to 1 / its charge (its mass), so the
// repulsion and the pull balance the same way for hubs as for leaves.
import type { Force, SimulationNodeDatum } from "d3-force";

export interface TieAttractionOptions {
  /** The ties as index pairs into the simulation's nodes. */
  pairs: Int32Array;
  /** Weight of each tie (how many ties between two groups, on a coarse level). */
  weights: Float64Array;
  /** The pull of a tie of weight 1 at length `length`. */
  strength: number;
  /** The length at which the pull is `strength` (the pull is strength · (d / length)^(e − 1)). */
  length: number;
  /** e above: 1 is LinLog (a constant pull), 2 a spring with no rest length. */
  exponent: number;
  /** Mass of each node: its share of a pull is divided by it. */
  masses: Float64Array;
}

export function forceTieAttraction<N extends SimulationNodeDatum>({
  pairs,
  weights,
  strength,
  length,
  exponent,
  masses,
}: TieAttractionOptions): Force<N, undefined> {
  let nodes: N[] = [];
  const power = exponent - 1;
  const force = (alpha: number) => {
    for (let t = 0; t < weights.length; t++) {
      const i = pairs[2 * t]!;
      const j = pairs[2 * t + 1]!;
      const a = nodes[i]!;
      const b = nodes[j]!;
      // Like d3's forceLink, where the ends will be after this tick's velocities.
      const dx = (b.x ?? 0) + (b.vx ?? 0) - (a.x ?? 0) - (a.vx ?? 0);
      const dy = (b.y ?? 0) + (b.vy ?? 0) - (a.y ?? 0) - (a.vy ?? 0);
      const l = Math.sqrt(dx * dx + dy * dy);
      if (l === 0) continue;
      const pull = (strength * weights[t]! * alpha * Math.pow(l / length, power)) / l;
      const ka = pull / masses[i]!;
      const kb = pull / masses[j]!;
      a.vx = (a.vx ?? 0) + dx * ka;
      a.vy = (a.vy ?? 0) + dy * ka;
      b.vx = (b.vx ?? 0) - dx * kb;
      b.vy = (b.vy ?? 0) - dy * kb;
    }
  };
  force.initialize = (initial: N[]) => {
    nodes = initial;
  };
  return force;
}
