// A plain-text summary of a valid document: what `npm run validate` prints.
import type { NetworkDocument } from "./networkDocument";
import { TIE_KIND_LABELS, type TieKind } from "./vocabulary";
import { tieInterval } from "./tieTime";
import { formatPartialDate, isoDay } from "./partialDate";

export interface DocumentStats {
  actors: number;
  ties: number;
  tiesByKind: [TieKind, number][];
  dated: number;
  undated: number;
  /** First and last day covered by dated ties with finite bounds (ISO days). */
  range: [string, string] | undefined;
}

export function documentStats(document: NetworkDocument): DocumentStats {
  const byKind = new Map<TieKind, number>();
  let first = Infinity;
  let last = -Infinity;
  let dated = 0;
  for (const tie of document.ties) {
    byKind.set(tie.kind, (byKind.get(tie.kind) ?? 0) + 1);
    const interval = tieInterval(tie.time);
    if (!interval) continue;
    dated++;
    if (Number.isFinite(interval.start)) first = Math.min(first, interval.start);
    else first = Math.min(first, interval.end - 1);
    last = Math.max(last, interval.end - 1);
  }
  return {
    actors: document.actors.length,
    ties: document.ties.length,
    tiesByKind: [...byKind].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    dated,
    undated: document.ties.length - dated,
    range: Number.isFinite(first) ? [isoDay(first), isoDay(last)] : undefined,
  };
}

export function summarizeDocument(document: NetworkDocument): string {
  const stats = documentStats(document);
  const lines = [
    `  ${document.title}`,
    `  actors:  ${stats.actors}`,
    `  ties:    ${stats.ties} (${stats.dated} dated, ${stats.undated} undated)`,
    ...stats.tiesByKind.map(
      ([kind, n]) => `           ${String(n).padStart(3)} ${TIE_KIND_LABELS[kind]}`,
    ),
    `  dates:   ${stats.range ? `${formatPartialDate(stats.range[0])} – ${formatPartialDate(stats.range[1])}` : "none"}`,
    `  sources: ${document.sources.length}`,
    ...document.sources.map(
      (s) =>
        `           ${s.publisher}${s.cites ? `, citing ${s.cites}` : ""}${s.date ? `, ${formatPartialDate(s.date)}` : ""}: “${s.title}”`,
    ),
  ];
  return lines.join("\n");
}
