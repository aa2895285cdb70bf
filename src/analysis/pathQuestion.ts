// The path question as the reader asks it: from one actor to another, over communication ties or
// every kind, in time order or not. When nothing answers it, the nearest question that has an
// answer is tried (every tie kind first, then ignoring time) and the answer says which it is: a
// chain out of time order is never passed off as one in order.
import type { ActorGraph, NodeId } from "../model/actorGraph";
import type { PathKinds } from "../state/appState";
import { tieInterval } from "../schema/tieTime";
import { tieFamily } from "../schema/vocabulary";
import { shortestPath, type PathOptions } from "./paths";
import type { BudgetMeter } from "./pathBudget";
import { projectTies } from "./projection";
import {
  shortestOrderedPath,
  timedPath,
  timedSimplePaths,
  type TimedPath,
  type TimedPaths,
} from "./timeRespectingPaths";

export type { PathKinds };

export interface PathAsked {
  kinds: PathKinds;
  respectTime: boolean;
}

export interface PathQuestion extends PathOptions, PathAsked {
  maxHops: number;
  /** At most this many chains are listed; 50 by default. */
  limit?: number | undefined;
  /** What listing the chains may spend, shared by every try (pathBudget.ts); none by default. */
  budget?: BudgetMeter | undefined;
}

export interface PathAnswer {
  asked: PathAsked;
  /** The question the chains answer: the one asked, or the nearest one that has an answer. */
  answered: PathAsked;
  /** No tie the question may use is dated, so time order could not be checked. */
  noDates: boolean;
  shortest: TimedPath | null;
  all: TimedPaths;
}

const DEFAULT_LIMIT = 50;

/** The questions to try, nearest first: as asked, over every kind, ignoring time, both. */
function alternatives(asked: PathAsked): PathAsked[] {
  const tries: PathAsked[] = [asked];
  if (asked.kinds === "communication") tries.push({ kinds: "all", respectTime: asked.respectTime });
  if (asked.respectTime) tries.push({ kinds: asked.kinds, respectTime: false });
  if (asked.respectTime && asked.kinds === "communication")
    tries.push({ kinds: "all", respectTime: false });
  return tries;
}

function answerOne(
  graph: ActorGraph,
  from: NodeId,
  to: NodeId,
  question: PathQuestion,
  asked: PathAsked,
): Omit<PathAnswer, "asked" | "noDates"> {
  const base = question.edgeFilter;
  const edgeFilter =
    asked.kinds === "all"
      ? base
      : (edge: string) =>
          (base?.(edge) ?? true) &&
          tieFamily(graph.getEdgeAttribute(edge, "kind")) === "communication";
  const options = { directed: question.directed, edgeFilter };
  const all = timedSimplePaths(graph, from, to, {
    ...options,
    maxHops: question.maxHops,
    limit: question.limit ?? DEFAULT_LIMIT,
    respectTime: asked.respectTime,
    budget: question.budget,
  });
  let shortest: TimedPath | null;
  // Every chain within maxHops is listed, so a listed one is as short as any (and in time order,
  // ranked the same way); only when none is listed does the search go further. A budget that runs
  // out stops the listing only after every shorter chain (pathBudget.ts), so this holds then too.
  if (asked.respectTime) shortest = all.paths[0] ?? shortestOrderedPath(graph, from, to, options);
  else {
    const found = shortestPath(graph, from, to, options);
    const kept = projectTies(graph, question.directed ? "directed" : "undirected", edgeFilter);
    shortest = found ? timedPath(graph, kept, found.nodes, false) : null;
  }
  return { answered: asked, shortest, all };
}

/** Answers the path question, falling back to the nearest one with an answer when it has none. */
export function answerPaths(
  graph: ActorGraph,
  from: NodeId,
  to: NodeId,
  question: PathQuestion,
): PathAnswer {
  const noDates = !graph.someEdge(
    (edge, tie) => (question.edgeFilter?.(edge) ?? true) && tieInterval(tie.time) !== undefined,
  );
  // Without a single date, time order cannot be checked: the question is answered without it.
  const asked: PathAsked = {
    kinds: question.kinds,
    respectTime: question.respectTime && !noDates,
  };
  const tries = alternatives(asked);
  let first: Omit<PathAnswer, "asked" | "noDates"> | undefined;
  for (const attempt of tries) {
    const answer = answerOne(graph, from, to, question, attempt);
    first ??= answer;
    if (answer.shortest) return { asked, noDates, ...answer };
  }
  return { asked, noDates, ...(first ?? answerOne(graph, from, to, question, asked)) };
}
