// What the details panel says about an actor or a tie: derived, display-ready data. Ties come in
// chronological order (undated last); empty fields say so instead of being left blank.
import type { ActorGraph } from "../model/actorGraph";
import type { Source } from "../schema/networkDocument";
import {
  ACTOR_KIND_LABELS,
  TIE_KIND_LABELS,
  TIE_STATUS_LABELS,
  tieKindWord,
  tieStatusKey,
  type TieStatusKey,
} from "../schema/vocabulary";
import { formatTieTime, tieSortKey, timePrecision, type TimePrecision } from "../schema/tieTime";
import { formatPartialDate } from "../schema/partialDate";
import type { NetworkMetrics } from "../analysis/metrics";
import { formatRank } from "../analysis/ranking";

export interface EvidenceDetails {
  attribution: string;
  quote: string | undefined;
  sourceLabel: string;
  /** Only ever an http(s) link (the schema guarantees it). */
  url: string | undefined;
}

export interface TieDetails {
  id: string;
  sourceId: string;
  sourceName: string;
  targetId: string;
  targetName: string;
  directed: boolean;
  /** The kind's word, or the tie's own label when its kind is "other". */
  kind: string;
  /** The file's own word for the tie when it says more than the kind ("phoned" for a call). */
  asWritten: string | undefined;
  date: string;
  precision: TimePrecision;
  count: string | undefined;
  summary: string | undefined;
  /** A stated status, or "not-stated". */
  status: TieStatusKey;
  /** The status in words: "reported", "not stated in the file". */
  statusText: string;
  /** The editor's note (why an inferred tie is read into the reporting). */
  note: string | undefined;
  evidence: EvidenceDetails[];
  attributes: [string, string][];
}

export interface ActorDetails {
  id: string;
  name: string;
  kind: string;
  role: string | undefined;
  aliases: string[];
  affiliations: string[];
  description: string | undefined;
  attributes: [string, string][];
  /** The actor's ties in the view, in date order; each one's details are built when asked for. */
  ties: LazyList<TieDetails>;
}

/**
 * A list whose items are made when read: an actor can have 100,000 ties, and the panel shows a
 * page of them at a time (building every tie's details took 0.6 s).
 */
export interface LazyList<T> {
  readonly length: number;
  at(index: number): T;
}

export function sourceLabel(source: Source | undefined, fallbackId: string): string {
  if (!source) return fallbackId;
  const parts = [source.publisher];
  if (source.cites) parts.push(`citing ${source.cites}`);
  return `${parts.join(", ")}: “${source.title}”${source.date ? ` (${formatPartialDate(source.date)})` : ""}`;
}

function attributeRows(attributes: Record<string, unknown> | undefined): [string, string][] {
  return Object.entries(attributes ?? {}).map(([key, value]) => [
    key,
    value === null ? "—" : String(value),
  ]);
}

export function tieDetails(graph: ActorGraph, edge: string): TieDetails {
  const tie = graph.getEdgeAttributes(edge);
  const sources = new Map((graph.getAttribute("sources") ?? []).map((s) => [s.id, s]));
  const source = graph.source(edge);
  const target = graph.target(edge);
  const kind = tieKindWord(tie.kind, tie.label);
  const status = tieStatusKey(tie.status);
  const sameWord = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  return {
    id: edge,
    sourceId: source,
    sourceName: graph.getNodeAttribute(source, "name"),
    targetId: target,
    targetName: graph.getNodeAttribute(target, "name"),
    directed: tie.directed !== false,
    kind,
    asWritten:
      tie.label !== undefined &&
      !sameWord(tie.label, kind) &&
      !sameWord(tie.label, TIE_KIND_LABELS[tie.kind])
        ? tie.label
        : undefined,
    date: formatTieTime(tie.time),
    precision: timePrecision(tie.time),
    count: tie.count
      ? `${tie.count.approximate ? "around " : ""}${tie.count.value} ${tie.count.unit}`
      : undefined,
    summary: tie.summary,
    status,
    statusText: status === "not-stated" ? "not stated in the file" : TIE_STATUS_LABELS[status],
    note: tie.note,
    evidence: tie.evidence.map((e) => {
      const s = sources.get(e.source);
      return {
        attribution: e.attribution,
        quote: e.quote,
        sourceLabel: sourceLabel(s, e.source),
        url: s?.url,
      };
    }),
    attributes: attributeRows(tie.attributes),
  };
}

export function actorDetails(
  graph: ActorGraph,
  node: string,
  visibleEdges?: ReadonlySet<string>,
): ActorDetails {
  const actor = graph.getNodeAttributes(node);
  // The actor's ties in the document's order (the order the reporter wrote them in), which a
  // stable sort keeps for ties with the same start. One pass, no index of every tie (15 000).
  const own: { edge: string; key: number }[] = [];
  graph.forEachEdge((edge, tie, source, target) => {
    if ((source === node || target === node) && (!visibleEdges || visibleEdges.has(edge)))
      own.push({ edge, key: tieSortKey(tie.time) });
  });
  const ties = own.sort((a, b) => a.key - b.key).map(({ edge }) => edge);
  return {
    id: node,
    name: actor.name,
    kind: ACTOR_KIND_LABELS[actor.kind],
    role: actor.role,
    aliases: actor.aliases ?? [],
    affiliations: actor.affiliations ?? [],
    description: actor.description,
    attributes: attributeRows(actor.attributes),
    ties: {
      length: ties.length,
      at: (index) => tieDetails(graph, ties[index] ?? ""),
    },
  };
}

export interface MetricRow {
  label: string;
  value: string;
}

/** "Ties: 5 (2 in, 1 out, 2 both ways) — 3rd of 15". */
export function metricRows(metrics: NetworkMetrics | null, node: string): MetricRow[] {
  const m = metrics?.nodes.get(node);
  if (!metrics || !m) return [];
  const parts = [`${m.inDegree} in`, `${m.outDegree} out`];
  if (m.undirectedDegree) parts.push(`${m.undirectedDegree} both ways`);
  // As graphology counts it: a tie to itself is both in and out (or twice both ways).
  const loops = m.selfLoops
    ? `; ${m.selfLoops === 1 ? "a tie" : `${m.selfLoops} ties`} to itself, counted twice`
    : "";
  const rows = [
    {
      label: "Ties",
      value: `${m.degree} (${parts.join(", ")}${loops}) · ${formatRank(m.degreeRank)}`,
    },
    {
      label: "Broker score",
      value: metrics.brokerageComputed
        ? `${m.betweenness.toFixed(2)} betweenness · ${formatRank(m.betweennessRank)}`
        : `not computed for networks of more than 2,000 actors`,
    },
  ];
  if (m.community !== null && metrics.communityCount > 1)
    rows.push({
      label: "Group",
      value: `algorithmic group ${m.community + 1} of ${metrics.communityCount}`,
    });
  return rows;
}
