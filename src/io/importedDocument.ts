// A graph read from a file becomes a document: Backchannel's own exports exactly as written
// (documentFromBackchannel), other tools' files through documentFromForeign's mapping, with the
// file itself as the source its evidence points at.
import { FORMAT_TAG, type NetworkDocument, type Source } from "../schema/networkDocument";
import { actorFrom, tieFrom } from "./documentFromForeign";
import { documentFromBackchannel } from "./documentFromBackchannel";
import { readDocumentHeader } from "./documentHeader";
import { BC_DOCUMENT } from "./fieldNames";
import type { ForeignGraph } from "./foreignGraph";
import { partialDateOf } from "./foreignValues";
import { firstOfEachId, validateImported } from "./importCommon";
import { arrangementOf, takePositions } from "./importedPositions";
import type { ImportResult } from "./importResult";
import { assignSlugs, slugify } from "./slugIds";

/**
 * Build the document a graph read from a file describes, and validate it: exactly as written when
 * the file carries Backchannel's header (an export of ours), else by mapping another tool's
 * fields, with evidence that points at the file.
 */
export function buildImportedDocument(graph: ForeignGraph): ImportResult {
  const warnings = [...graph.warnings];
  const mainFile = graph.files[graph.files.length - 1] ?? "imported file";
  if (graph.nodes.length === 0 && graph.edges.length === 0)
    return {
      ok: false,
      problems: [{ path: graph.files.join(", "), message: "no actors or ties to import" }],
    };
  if (graph.header !== undefined) {
    const read = readDocumentHeader(graph.header);
    if (read.ok) return documentFromBackchannel(graph, read.header);
    warnings.push(
      `${mainFile}: its ${BC_DOCUMENT} ${read.message}; the file was read as another tool's`,
    );
  }

  const sourceIds = assignSlugs(
    graph.files.map((file) => `import-${slugify(file) || "file"}`),
    "import",
  );
  const sources: Source[] = graph.files.map((file, index) => ({
    id: sourceIds[index] ?? "import",
    publisher: "Imported file",
    title: file,
  }));
  const sourceIdOfFile = new Map(graph.files.map((file, index) => [file, sourceIds[index]]));

  // Nodes: the first of a repeated id wins; edge ends with no node become actors.
  const nodes = firstOfEachId(graph.nodes, warnings);
  const nodeIds = new Set(nodes.map((node) => node.id));
  // Ties from an actor to itself are kept (drawn as small loops).
  const edges = graph.edges;
  const added: string[] = [];
  for (const edge of edges)
    for (const end of [edge.source, edge.target])
      if (!nodeIds.has(end)) {
        nodeIds.add(end);
        added.push(end);
        nodes.push({ id: end, origin: edge.origin, values: new Map() });
      }
  if (added.length > 0 && !graph.nodesFromEdges)
    warnings.push(
      `${added.length} actor(s) named by ties but not listed as nodes were added: ${added
        .map((id) => `"${id}"`)
        .join(", ")}`,
    );

  // Where the file places its nodes (their x and y values taken out when they are a position).
  const placed = takePositions(nodes, graph.coordinates);
  const actorIds = assignSlugs(
    nodes.map((node) => node.id),
    "actor",
  );
  const actorIdOf = new Map(nodes.map((node, index) => [node.id, actorIds[index] ?? ""]));
  const actors = placed.nodes.map((node, index) => actorFrom(node, actorIds[index] ?? ""));
  const positions = arrangementOf(actorIds, placed.positions, mainFile, warnings);

  const tieIds = assignSlugs(
    edges.map((edge) => edge.id),
    "tie",
  );
  const ties = edges.map((edge, index) =>
    tieFrom(
      edge,
      {
        id: tieIds[index] ?? "",
        source: actorIdOf.get(edge.source) ?? "",
        target: actorIdOf.get(edge.target) ?? "",
        sourceId: sourceIdOfFile.get(edge.file) ?? sourceIds[0] ?? "",
      },
      (message) => warnings.push(`${edge.origin}: ${message}`),
    ),
  );

  const title = graph.title?.trim() || mainFile;
  const asOf = graph.asOf === undefined ? undefined : partialDateOf(graph.asOf);
  const document: NetworkDocument = {
    format: FORMAT_TAG,
    title,
    ...(graph.description !== undefined && graph.description.trim() !== ""
      ? { description: graph.description.trim() }
      : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    sources,
    actors,
    ties,
    ...(positions ? { layout: { positions } } : {}),
  };
  return validateImported(document, { nodes, edges, file: mainFile }, warnings);
}

/** Title and description from a foreign file's graph metadata (title, else name, else label). */
export function metadataOf(record: Record<string, unknown>): {
  title?: string;
  description?: string;
} {
  const text = (value: unknown) =>
    typeof value === "string" && value.trim() !== "" ? value : undefined;
  const title = text(record.title) ?? text(record.name) ?? text(record.label);
  const description = text(record.description);
  return {
    ...(title !== undefined ? { title } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}
