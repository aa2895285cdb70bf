// A GEXF, GraphML or CSV file that Backchannel wrote, read back into the exact document: the
// header (bc:document) gives the title, sources, layout…; each node and edge's columns give its
// fields (unflattenRecords), bc:fields the values the columns could not carry. Ids stay as
// written. Columns added by another tool since (Gephi's "Modularity Class") become attributes.
import type { ForeignGraph, ForeignNode, ForeignValue, ValueBag } from "./foreignGraph";
import type { DocumentHeader } from "./documentHeader";
import { applyExactFields } from "./exactRecords";
import { BC_FIELDS } from "./fieldNames";
import { firstOfEachId, validateImported } from "./importCommon";
import type { ImportResult } from "./importResult";
import { assignSlugs } from "./slugIds";
import { actorFromColumns, tieFromColumns, type RecordDraft } from "./unflattenRecords";

/** The record's columns, and its bc:fields apart. */
function splitExact(values: ValueBag): { columns: ValueBag; exact: ForeignValue | undefined } {
  const columns: ValueBag = new Map(values);
  const exact = columns.get(BC_FIELDS);
  columns.delete(BC_FIELDS);
  return { columns, exact };
}

/** Positions only for actors the file still has (a spreadsheet row may have been deleted). */
function layoutFor(
  layout: unknown,
  actorIds: ReadonlySet<string>,
  warnings: string[],
  file: string,
): unknown {
  if (typeof layout !== "object" || layout === null) return layout;
  const positions = (layout as { positions?: unknown }).positions;
  if (typeof positions !== "object" || positions === null) return layout;
  const entries = Object.entries(positions);
  const kept = entries.filter(([id]) => actorIds.has(id));
  const pinned = (layout as { pinned?: unknown }).pinned;
  const keptPins = Array.isArray(pinned)
    ? pinned.filter((id) => typeof id !== "string" || actorIds.has(id))
    : pinned;
  const pinsKept =
    !Array.isArray(pinned) ||
    keptPins === pinned ||
    (keptPins as unknown[]).length === pinned.length;
  if (kept.length === entries.length && pinsKept) return layout;
  const dropped = entries.filter(([id]) => !actorIds.has(id)).map(([id]) => `"${id}"`);
  warnings.push(
    `${file}: positions of actors no longer in the file were dropped: ${dropped.join(", ")}`,
  );
  const next: Record<string, unknown> = { ...layout, positions: Object.fromEntries(kept) };
  if (Array.isArray(keptPins)) {
    if (keptPins.length) next.pinned = keptPins;
    else delete next.pinned;
  }
  return next;
}

export function documentFromBackchannel(graph: ForeignGraph, header: DocumentHeader): ImportResult {
  const warnings = [...graph.warnings];
  const file = graph.files[0] ?? "imported file";
  const nodes: ForeignNode[] = firstOfEachId(graph.nodes, warnings);
  const actors: RecordDraft[] = nodes.map((node) => {
    const { columns, exact } = splitExact(node.values);
    return applyExactFields(actorFromColumns(node.id, columns), exact, (message) =>
      warnings.push(`${node.origin}: ${message}`),
    );
  });
  const tieIds = assignSlugs(
    graph.edges.map((edge) => edge.id),
    "tie",
  );
  const ties = graph.edges.map((edge, index) => {
    const { columns, exact } = splitExact(edge.values);
    const ends = { id: tieIds[index] ?? "", source: edge.source, target: edge.target };
    return applyExactFields(tieFromColumns(ends, columns), exact, (message) =>
      warnings.push(`${edge.origin}: ${message}`),
    );
  });
  const actorIds = new Set(nodes.map((node) => node.id));
  const { layout, ...fields } = header;
  const document = {
    ...fields,
    actors,
    ties,
    ...(layout !== undefined ? { layout: layoutFor(layout, actorIds, warnings, file) } : {}),
  };
  return validateImported(document, { nodes, edges: graph.edges, file }, warnings);
}
