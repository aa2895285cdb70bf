// A path question as plain data, and its answer with how much of the search it took: what the page
// and the path worker (pathWorker.ts) exchange. The page first tries the question with a small
// budget; only when that runs out does the worker search with the full budget (pathRunner.ts),
// while the page stays responsive and offers Cancel.
import type { ActorGraph, NodeId } from "../model/actorGraph";
import type { NetworkDocument } from "../schema/networkDocument";
import type { PathKinds, PathQuery } from "../state/appState";
import { answerPaths, type PathAnswer } from "./pathQuestion";
import { createBudgetMeter, type BudgetStop, type PathBudget } from "./pathBudget";

export { FALLBACK_BUDGET, PAGE_BUDGET, WORKER_BUDGET } from "./pathBudget";

/** Chains listed in the answer (the panel shows them 50 at a time). */
export const CHAIN_LIMIT = 500;

/** The question, structured-cloneable: the ties in view go as their ids. */
export interface PathRequest {
  from: NodeId;
  to: NodeId;
  directed: boolean;
  maxHops: number;
  kinds: PathKinds;
  respectTime: boolean;
  /** The ties the question may use (the ones in view); null: every tie. */
  kept: string[] | null;
  budget: PathBudget;
}

export interface PathSearchResult {
  answer: PathAnswer;
  /** Why listing stopped before every chain was found; undefined when the list is complete. */
  stopped: BudgetStop | undefined;
  /** Chains found while listing, across every try. */
  found: number;
  /** How long the search took, ms. */
  ms: number;
}

/** Answers the question within its budget, here and now. */
export function searchPaths(
  graph: ActorGraph,
  request: PathRequest,
  now: () => number = () => performance.now(),
): PathSearchResult {
  const started = now();
  const meter = createBudgetMeter(request.budget, now);
  const kept = request.kept === null ? undefined : new Set(request.kept);
  const answer = answerPaths(graph, request.from, request.to, {
    directed: request.directed,
    edgeFilter: kept && ((edge: string) => kept.has(edge)),
    maxHops: request.maxHops,
    kinds: request.kinds,
    respectTime: request.respectTime,
    limit: CHAIN_LIMIT,
    budget: meter,
  });
  return { answer, stopped: meter.stopped, found: meter.found, ms: now() - started };
}

/** The state of the question being answered, as the view and the details panel show it. */
export type PathStatus =
  | { state: "done"; result: PathSearchResult }
  /** In the worker; `cancel` stops it. */
  | { state: "searching"; cancel(): void }
  | { state: "cancelled" }
  /** The worker failed (it died, or could not start): `message` says so. */
  | { state: "failed"; message: string };

/** What the page tells the path worker: the network (once per worker), then questions. */
export type PathWorkerRequest =
  | { type: "network"; document: NetworkDocument }
  | { type: "search"; id: number; request: PathRequest };

export type PathWorkerReply =
  { id: number; result: PathSearchResult } | { id: number; error: string };

/**
 * Where the view gets the answer to the path question over the ties in view: the app answers at
 * once when it can and otherwise says the search is running (app/pathSearches.ts).
 */
export type PathProvider = (query: PathQuery, kept: ReadonlySet<string>) => PathStatus;
