// Listing chains within a budget. On a dense network the chains between two actors multiply with
// each hop (all 780 pairs among 40 actors: 1.8 million chains of up to 5 hops), so the search
// stops after a number of chains or an amount of time and says which. It lists shorter chains
// first — every chain of one hop, then of two… — so a search that stops early has found all the
// shortest ones. An explicit stack, not recursion: the depth is bounded by the hops, the work by
// the budget. Pure; the clock is injected.
import type Graph from "graphology-types";
import type { NodeId } from "../model/actorGraph";

export interface PathBudget {
  /** Stop once this many chains have been found. */
  chains: number;
  /** Stop once this many milliseconds have passed. */
  ms: number;
}

/** Why a search stopped early: it found its most chains, or ran out of time. */
export type BudgetStop = "chains" | "time";

/**
 * One question's budget as it is spent, shared by every search that answers the question (a
 * question may search several times: each try spends from the same budget).
 */
export interface BudgetMeter {
  readonly budget: PathBudget;
  /** Chains found so far, by every search on this meter. */
  readonly found: number;
  /** Why the budget ran out; undefined while some is left. */
  readonly stopped: BudgetStop | undefined;
  /** Counts a found chain; false (and the chain is not counted) once the budget is spent. */
  take(): boolean;
  /** Checks the clock (cheaply: once every 1,024 calls); false once the budget is spent. */
  step(): boolean;
}

/** For direct calls (tests, scripts): no limit. */
export const UNLIMITED: PathBudget = { chains: Infinity, ms: Infinity };
/** On the page: a question that needs more is handed to the worker. */
export const PAGE_BUDGET: PathBudget = { chains: 1_000, ms: 25 };
/** In the path worker: 100,000 chains of 5 hops are listed, sorted and timed in about 0.5 s. */
export const WORKER_BUDGET: PathBudget = { chains: 100_000, ms: 4_000 };
/** On the page where there is no worker: one task, kept short. */
export const FALLBACK_BUDGET: PathBudget = { chains: 20_000, ms: 120 };

export function createBudgetMeter(
  budget: PathBudget,
  now: () => number = () => performance.now(),
): BudgetMeter {
  const deadline = now() + budget.ms;
  let found = 0;
  let steps = 0;
  let stopped: BudgetStop | undefined;
  return {
    budget,
    get found() {
      return found;
    },
    get stopped() {
      return stopped;
    },
    take() {
      if (stopped) return false;
      if (found >= budget.chains) {
        stopped = "chains";
        return false;
      }
      found++;
      return true;
    },
    step() {
      if (stopped) return false;
      if ((++steps & 1023) === 0 && now() >= deadline) stopped = "time";
      return stopped === undefined;
    },
  };
}

/**
 * Every simple chain (no actor twice) from `from` to `to` of at most `maxHops` hops over
 * `graph`'s outbound neighbours (a mixed graph's undirected edges work both ways), shortest
 * first, until the meter's budget is spent. Returns the chains and whether the list is complete.
 */
export function listSimplePaths(
  graph: Graph,
  from: NodeId,
  to: NodeId,
  maxHops: number,
  meter: BudgetMeter,
): { paths: NodeId[][]; complete: boolean } {
  const paths: NodeId[][] = [];
  if (from === to || maxHops < 1 || meter.stopped) return { paths, complete: !meter.stopped };

  // Actors as indices, neighbours as arrays: the search's inner loop touches no strings.
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const neighbours = ids.map((id) =>
    graph
      .outboundNeighbors(id)
      .filter((other) => other !== id)
      .map((other) => index.get(other)!),
  );
  const source = index.get(from)!;
  const target = index.get(to)!;

  // Hops still needed from each actor to the target (breadth-first, against the ties' direction):
  // a chain that cannot reach the target in the hops left is not followed.
  const toTarget = new Int32Array(ids.length).fill(-1);
  toTarget[target] = 0;
  const queue = [target];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    const distance = toTarget[node]!;
    if (distance >= maxHops) continue;
    for (const before of graph.inboundNeighbors(ids[node]!)) {
      const i = index.get(before)!;
      if (toTarget[i] === -1) {
        toTarget[i] = distance + 1;
        queue.push(i);
      }
    }
  }
  const reachable = toTarget[source]!;
  if (reachable === -1) return { paths, complete: true };

  const onChain = new Uint8Array(ids.length);
  const chain = new Int32Array(maxHops + 1);
  const cursor = new Int32Array(maxHops + 1);
  // Chains of exactly `hops` hops, for hops = the least needed, then one more, up to maxHops.
  for (let hops = reachable; hops <= maxHops; hops++) {
    let depth = 0;
    chain[0] = source;
    cursor[0] = 0;
    onChain[source] = 1;
    while (depth >= 0) {
      if (!meter.step()) return { paths, complete: false };
      const node = chain[depth]!;
      const at = cursor[depth]!;
      cursor[depth] = at + 1;
      const next = neighbours[node]![at];
      if (next === undefined) {
        onChain[node] = 0;
        depth--;
        continue;
      }
      if (onChain[next]) continue;
      const left = hops - depth - 1;
      if (next === target) {
        if (left !== 0) continue;
        if (!meter.take()) return { paths, complete: false };
        const found: NodeId[] = [];
        for (let i = 0; i <= depth; i++) found.push(ids[chain[i]!]!);
        found.push(to);
        paths.push(found);
        continue;
      }
      const needed = toTarget[next]!;
      if (needed === -1 || needed > left) continue;
      depth++;
      chain[depth] = next;
      cursor[depth] = 0;
      onChain[next] = 1;
    }
  }
  return { paths, complete: true };
}
