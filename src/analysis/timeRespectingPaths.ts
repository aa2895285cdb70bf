// Paths that respect time: chains whose hops could have happened one after another (see
// timeOrder.ts for the rule). The shortest such path, every such chain up to a number of hops, and
// the time order of any chain. Reads the actor graph; never writes into it.
import type Graph from "graphology-types";
import type { ActorGraph, NodeId } from "../model/actorGraph";
import { tieInterval, type TimeInterval } from "../schema/tieTime";
import { DAY_MS } from "../schema/partialDate";
import { hopsOf, simplePaths, type PathOptions } from "./paths";
import type { BudgetMeter } from "./pathBudget";
import { projectTies } from "./projection";
import { fitsTimeOrder, timeChain, type ChainOrder, type TimedTie } from "./timeOrder";

export interface TimedHop {
  from: NodeId;
  to: NodeId;
  /** The ties shown for this hop, earliest first, each with how it sits in the time order. */
  ties: TimedTie[];
  /** Dated ties of this hop that break the time order, left out of a time-respecting answer. */
  outOfOrder: TimedTie[];
}

export interface TimedPath {
  nodes: NodeId[];
  hops: TimedHop[];
  order: ChainOrder;
  undatedHops: number;
  /** Out of order: the index of the first hop that cannot follow the ones before it. */
  breaksAt: number | undefined;
}

const projectionOf = (graph: ActorGraph, options: PathOptions): Graph =>
  projectTies(graph, options.directed ? "directed" : "undirected", options.edgeFilter);

/**
 * A node sequence as a chain with its time order. `respectTime`: each hop keeps only the ties that
 * fit the order (the others are counted in `outOfOrder`); otherwise every tie is shown with its
 * timing, out-of-order ones included.
 */
export function timedPath(
  graph: ActorGraph,
  kept: Graph,
  nodes: NodeId[],
  respectTime: boolean,
): TimedPath {
  const hops = hopsOf(graph, kept, nodes);
  const timing = timeChain(
    hops.map((hop) =>
      hop.ties.map((id) => ({ id, interval: tieInterval(graph.getEdgeAttribute(id, "time")) })),
    ),
  );
  const keepAll = !respectTime || timing.order === "out-of-order";
  return {
    nodes,
    hops: hops.map((hop, index) => {
      const ties = timing.hops[index]?.ties ?? [];
      return {
        from: hop.from,
        to: hop.to,
        ties: keepAll ? ties : ties.filter((tie) => fitsTimeOrder(tie.timing)),
        outOfOrder: keepAll ? [] : ties.filter((tie) => !fitsTimeOrder(tie.timing)),
      };
    }),
    order: timing.order,
    undatedHops: timing.undatedHops,
    breaksAt: timing.breaksAt,
  };
}

interface Label {
  node: NodeId;
  /** The earliest day the chain can stand at this actor (-Infinity: no dated hop yet). */
  day: number;
  undated: number;
  parent: Label | undefined;
}

/**
 * The shortest chain from `from` to `to` in time order: fewest hops, then fewest undated hops, then
 * the earliest arrival. A breadth-first search over (actor, earliest day, undated hops) labels; a
 * label no better than one already at that actor is dropped, which also keeps every chain simple.
 * Null when no chain in time order connects them.
 */
export function shortestOrderedPath(
  graph: ActorGraph,
  from: NodeId,
  to: NodeId,
  options: PathOptions,
): TimedPath | null {
  const kept = projectionOf(graph, options);
  const intervals = new Map<string, TimeInterval | undefined>();
  kept.forEachEdge((edge) =>
    intervals.set(edge, tieInterval(graph.getEdgeAttribute(edge, "time"))),
  );
  const labels = new Map<NodeId, Label[]>();
  const dominated = (label: Label) =>
    (labels.get(label.node) ?? []).some((l) => l.day <= label.day && l.undated <= label.undated);
  const start: Label = { node: from, day: -Infinity, undated: 0, parent: undefined };
  labels.set(from, [start]);
  let layer = [start];
  while (layer.length > 0 && from !== to) {
    const next: Label[] = [];
    for (const label of layer) {
      kept.forEachOutboundEdge(label.node, (edge) => {
        const node = kept.opposite(label.node, edge);
        if (node === label.node) return;
        const interval = intervals.get(edge);
        let step: Label;
        if (!interval) step = { node, day: label.day, undated: label.undated + 1, parent: label };
        else {
          const day = Math.max(interval.start, label.day);
          if (day > interval.end - DAY_MS) return;
          step = { node, day, undated: label.undated, parent: label };
        }
        if (dominated(step)) return;
        const there = labels.get(node);
        if (there) there.push(step);
        else labels.set(node, [step]);
        next.push(step);
      });
    }
    const arrived = next.filter((label) => label.node === to);
    if (arrived.length > 0) {
      const best = arrived.reduce((a, b) =>
        b.undated < a.undated || (b.undated === a.undated && b.day < a.day) ? b : a,
      );
      const nodes: NodeId[] = [];
      for (let at: Label | undefined = best; at; at = at.parent) nodes.unshift(at.node);
      return timedPath(graph, kept, nodes, true);
    }
    layer = next;
  }
  return null;
}

export interface TimedPaths {
  paths: TimedPath[];
  /** How many chains the answer has within maxHops, listed or not (of those found). */
  total: number;
  truncated: boolean;
  /** False when the search's budget ran out before every chain was found. */
  complete: boolean;
}

/**
 * Every simple chain of at most `maxHops` hops, each with its time order. `respectTime`: only the
 * chains in time order, shortest first, then those with fewer undated hops, then by name.
 */
export function timedSimplePaths(
  graph: ActorGraph,
  from: NodeId,
  to: NodeId,
  options: PathOptions & {
    maxHops: number;
    limit: number;
    respectTime: boolean;
    budget?: BudgetMeter | undefined;
  },
): TimedPaths {
  const kept = projectionOf(graph, options);
  if (!options.respectTime) {
    const found = simplePaths(graph, from, to, options);
    return {
      paths: found.paths.map((path) => timedPath(graph, kept, path.nodes, false)),
      total: found.total,
      truncated: found.truncated,
      complete: found.complete,
    };
  }
  const listed = simplePaths(graph, from, to, { ...options, limit: Infinity });
  const ordered = listed.paths
    .map((path) => timedPath(graph, kept, path.nodes, true))
    .filter((path) => path.order !== "out-of-order")
    // Stable: within a length and a number of undated hops, the names' order stays.
    .sort((a, b) => a.nodes.length - b.nodes.length || a.undatedHops - b.undatedHops);
  const paths = ordered.slice(0, Math.max(0, options.limit));
  return {
    paths,
    total: ordered.length,
    truncated: ordered.length > paths.length,
    complete: listed.complete,
  };
}
