// What the details panel says about a path question: the question answered (and, when that is not
// the one asked, that the one asked has no answer), each chain with its verdict on time order, and
// each hop's ties with their date and how they follow the hop before. Display-ready; pure.
import { joinIsolated } from "./isolate";
import type { ActorGraph } from "../model/actorGraph";
import type { PathAnswer, PathAsked } from "../analysis/pathQuestion";
import type { TimedPath } from "../analysis/timeRespectingPaths";
import type { ChainOrder, TieTiming } from "../analysis/timeOrder";
import type { PathSearchResult } from "../analysis/pathSearch";
import { tieDetails, type LazyList, type TieDetails } from "./details";

export interface HopTieDetails {
  tie: TieDetails;
  /** "after the previous hop", "undated", "before hop 1"… */
  note: string;
  /** False for a tie out of time order (shown only when time is ignored). */
  inOrder: boolean;
}

export interface ChainDetails {
  text: string;
  /** The actors' names in order (text joins them with arrows). */
  names: string[];
  order: ChainOrder;
  /** "In time order.", "In time order where dated; hop 3 is undated.", "Out of time order: …" */
  verdict: string;
  /** Each hop's ties are described when shown (a hop can have 100,000 parallel ties). */
  hops: {
    from: string;
    to: string;
    ties: LazyList<HopTieDetails>;
    leftOut: string | undefined;
  }[];
}

export interface PathDetails {
  fromName: string;
  toName: string;
  directed: boolean;
  maxHops: number;
  /** The question the chains answer, in a sentence. */
  reading: string;
  /** When the question asked has no answer: saying so plainly. */
  noAnswer: string | undefined;
  /** When the chains answer a nearer question: its name and how to ask it. */
  alternative: { label: string; button: string; change: Partial<PathAsked> } | undefined;
  shortest: ChainDetails | null;
  /** The chains listed (at most 500), each described when shown. */
  chains: LazyList<ChainDetails>;
  total: number;
  truncated: boolean;
  /** When the search's budget ran out before every chain was found: saying so. */
  stopped: string | undefined;
}

const hopName = (index: number) => `hop ${index + 1}`;

function relative(hop: number, self: number, word: "previous" | "next"): string {
  return hop === (word === "previous" ? self - 1 : self + 1) ? `the ${word} hop` : hopName(hop);
}

/** How one tie sits in the chain's time order, in words. */
export function timingNote(timing: TieTiming, hop: number): string {
  switch (timing.kind) {
    case "first":
      return hop === 0 ? "first hop" : "first dated hop";
    case "after":
      return `after ${relative(timing.hop, hop, "previous")}`;
    case "same-day":
      return `same day as ${relative(timing.hop, hop, "previous")}`;
    case "overlaps":
      return `may follow ${relative(timing.hop, hop, "previous")} (dates overlap)`;
    case "undated":
      return "undated";
    case "before":
      return `before ${relative(timing.hop, hop, "previous")}: out of time order`;
    case "after-next":
      return `after ${relative(timing.hop, hop, "next")}: out of time order`;
  }
}

function verdict(graph: ActorGraph, path: TimedPath): string {
  const name = (node: string) => graph.getNodeAttribute(node, "name");
  const hopText = (index: number) => {
    const hop = path.hops[index];
    return hop
      ? `${hopName(index)} (${joinIsolated([name(hop.from), name(hop.to)], " → ")})`
      : hopName(index);
  };
  if (path.order === "in-order") return "In time order.";
  if (path.order === "undated-hops") {
    const undated = path.hops.flatMap((hop, index) =>
      hop.ties.every((tie) => tie.timing.kind === "undated") ? [hopText(index)] : [],
    );
    return `In time order where dated; undated: ${undated.join(", ")}.`;
  }
  const at = path.breaksAt ?? 0;
  const timing = path.hops[at]?.ties.find((tie) => tie.timing.kind === "before")?.timing;
  const before = timing && "hop" in timing ? ` is dated before ${hopName(timing.hop)}` : "";
  return `Out of time order: ${hopText(at)}${before}.`;
}

function chainOf(graph: ActorGraph, path: TimedPath): ChainDetails {
  const names = path.nodes.map((node) => graph.getNodeAttribute(node, "name"));
  return {
    text: names.join(" → "),
    names,
    order: path.order,
    verdict: verdict(graph, path),
    hops: path.hops.map((hop, index) => {
      const left = hop.outOfOrder.length;
      return {
        from: graph.getNodeAttribute(hop.from, "name"),
        to: graph.getNodeAttribute(hop.to, "name"),
        ties: {
          length: hop.ties.length,
          at: (at: number) => {
            const tie = hop.ties[at]!;
            return {
              tie: tieDetails(graph, tie.id),
              note: timingNote(tie.timing, index),
              inOrder: tie.timing.kind !== "before" && tie.timing.kind !== "after-next",
            };
          },
        },
        leftOut: left
          ? `${left} more tie${left === 1 ? "" : "s"} on this hop ${left === 1 ? "is" : "are"} out of time order and not listed.`
          : undefined,
      };
    }),
  };
}

const kindsText = (asked: PathAsked) =>
  asked.kinds === "communication" ? "over communication ties" : "over ties of every kind";

/** "No chain over communication ties connects them in time order." */
function noAnswerText(asked: PathAsked): string {
  return `No chain ${kindsText(asked)} connects them${asked.respectTime ? " in time order" : ""}.`;
}

function alternativeOf(
  asked: PathAsked,
  answered: PathAsked,
): NonNullable<PathDetails["alternative"]> {
  const kinds = answered.kinds !== asked.kinds;
  const time = answered.respectTime !== asked.respectTime;
  const label = [kinds ? "over ties of every kind" : "", time ? "ignoring time" : "in time order"]
    .filter(Boolean)
    .join(", ");
  const change: Partial<PathAsked> = {};
  if (kinds) change.kinds = answered.kinds;
  if (time) change.respectTime = answered.respectTime;
  const button = [
    kinds ? "Use every tie kind" : "",
    time ? (kinds ? "ignore time" : "Ignore time") : "",
  ]
    .filter(Boolean)
    .join(" and ");
  return { label: `Nearest alternative: ${label}`, button, change };
}

const count = (n: number) => n.toLocaleString("en");

/** "Showing the first 500 chains; the search stopped after 100,000 chains (its limit)…" */
export function stoppedText(search: Omit<PathSearchResult, "answer">, listed: number): string {
  const first = `Showing the first ${count(listed)} chain${listed === 1 ? "" : "s"}`;
  const why =
    search.stopped === "time"
      ? `after ${(search.ms / 1000).toFixed(1)} s (its time limit), with ${count(search.found)} chains found`
      : `after ${count(search.found)} chains (its limit)`;
  return `${first}; the search stopped ${why}, so there may be more.`;
}

export function pathDetails(
  graph: ActorGraph,
  query: { from: string; to: string; directed: boolean; maxHops: number },
  answer: PathAnswer,
  /** How the search went (a budget that ran out is said). */
  search?: Omit<PathSearchResult, "answer">,
): PathDetails {
  const { asked, answered } = answer;
  const fallback = asked.kinds !== answered.kinds || asked.respectTime !== answered.respectTime;
  const reading = [
    `Over ${answered.kinds === "communication" ? "the communication ties" : "ties of every kind"} in view`,
    query.directed ? "following tie direction" : "ties read both ways",
    answered.respectTime
      ? "in time order: each hop starts no earlier than the hop before it"
      : "ignoring time (each hop says whether it follows the one before)",
  ].join(", ");
  return {
    fromName: graph.getNodeAttribute(query.from, "name"),
    toName: graph.getNodeAttribute(query.to, "name"),
    directed: query.directed,
    maxHops: query.maxHops,
    reading: `${reading}.${answer.noDates ? " No tie in view is dated, so time order cannot be checked." : ""}`,
    noAnswer: fallback || !answer.shortest ? noAnswerText(asked) : undefined,
    alternative: fallback ? alternativeOf(asked, answered) : undefined,
    shortest: answer.shortest ? chainOf(graph, answer.shortest) : null,
    chains: {
      length: answer.all.paths.length,
      at: (index) => chainOf(graph, answer.all.paths[index]!),
    },
    total: answer.all.total,
    truncated: answer.all.truncated,
    stopped: search?.stopped ? stoppedText(search, answer.all.paths.length) : undefined,
  };
}
