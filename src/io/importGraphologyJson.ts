// graphology's serialized graph (`graph.export()`: options, attributes, nodes with `key`, edges)
// → document. A graph exported from Backchannel's own model carries the whole document in its
// attributes and is rebuilt exactly; any other graph is mapped like the other foreign formats,
// its nodes' numeric x and y (sigma.js's) read as their places.
import { FORMAT_TAG } from "../schema/networkDocument";
import { parseDocument } from "../schema/parseDocument";
import { buildImportedDocument, metadataOf } from "./importedDocument";
import type { ForeignEdge, ForeignNode } from "./foreignGraph";
import { failImport, type ImportFile, type ImportResult } from "./importResult";
import { bagOf, idText, isRecord, readJson } from "./jsonInput";

const recordOf = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

/** Backchannel's ActorGraph exported: graph attributes are the document's, nodes are actors. */
function rebuildDocument(
  attributes: Record<string, unknown>,
  nodes: unknown[],
  edges: unknown[],
): ImportResult {
  const document = {
    ...attributes,
    actors: nodes.map((node) => ({
      id: recordOf(node).key,
      ...recordOf(recordOf(node).attributes),
    })),
    ties: edges.map((edge) => {
      const { key, source, target, attributes: tie } = recordOf(edge);
      return { id: key, source, target, ...recordOf(tie) };
    }),
  };
  const result = parseDocument(document);
  return result.ok ? { ok: true, document: result.document, warnings: [] } : result;
}

export function importGraphologyJson(file: ImportFile): ImportResult {
  const read = readJson(file);
  if (!read.ok) return failImport(file.name, read.message);
  const data = read.data;
  if (!isRecord(data) || !Array.isArray(data.nodes))
    return failImport(file.name, 'is not a graphology graph: it needs a "nodes" list');
  const rawEdges: unknown[] = Array.isArray(data.edges) ? data.edges : [];
  const attributes = recordOf(data.attributes);
  if (attributes.format === FORMAT_TAG) return rebuildDocument(attributes, data.nodes, rawEdges);

  const undirectedGraph = recordOf(data.options).type === "undirected";
  const warnings: string[] = [];
  const nodes: ForeignNode[] = [];
  data.nodes.forEach((item: unknown, index) => {
    const record = recordOf(item);
    const id = idText(record.key);
    if (id === undefined) {
      warnings.push(`${file.name} nodes[${index}]: no key; skipped`);
      return;
    }
    nodes.push({
      id,
      origin: `${file.name} node "${id}"`,
      values: bagOf(recordOf(record.attributes), []),
    });
  });
  const edges: ForeignEdge[] = [];
  rawEdges.forEach((item, index) => {
    const record = recordOf(item);
    const id = idText(record.key);
    const origin = `${file.name} edge ${id === undefined ? `${index + 1}` : `"${id}"`}`;
    const source = idText(record.source);
    const target = idText(record.target);
    if (source === undefined || target === undefined) {
      warnings.push(`${origin}: no ${source === undefined ? "source" : "target"}; skipped`);
      return;
    }
    edges.push({
      ...(id !== undefined ? { id } : {}),
      source,
      target,
      directed: !(undirectedGraph || record.undirected === true),
      file: file.name,
      origin,
      values: bagOf(recordOf(record.attributes), []),
    });
  });
  return buildImportedDocument({
    files: [file.name],
    ...metadataOf(attributes),
    nodes,
    edges,
    // sigma.js (and Gephi Lite) draw nodes' x and y with the y axis pointing up.
    coordinates: "y-up",
    warnings,
  });
}
