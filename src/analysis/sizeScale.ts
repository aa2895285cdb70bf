// "Size actors by": a metric turned into a radius multiplier for the renderer. Pure; knows the
// metrics, not pixels, and never decides a base radius.
import type { NodeId } from "../model/actorGraph";
import type { SizeBy } from "../state/appState";
import type { NetworkMetrics } from "./metrics";

/** The multiplier for the smallest and the largest value. */
export const SIZE_RANGE = [1, 2.2] as const;

/**
 * node → radius multiplier in [1, 2.2]. A square-root scale from 0 to the largest value, so the
 * circle's area (what the eye compares) grows in proportion to the value.
 */
export function sizeScale(metrics: NetworkMetrics, by: SizeBy): (node: NodeId) => number {
  const [min, max] = SIZE_RANGE;
  if (by === "none") return () => min;
  const value = (node: NodeId): number => {
    const entry = metrics.nodes.get(node);
    if (!entry) return 0;
    return by === "ties" ? entry.degree : entry.betweenness;
  };
  const top = by === "ties" ? metrics.maxDegree : metrics.maxBetweenness;
  if (top <= 0) return () => min;
  return (node) => min + (max - min) * Math.sqrt(Math.min(1, Math.max(0, value(node) / top)));
}
