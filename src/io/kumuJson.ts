// Kumu's JSON (a "blueprint", docs.kumu.io/guides/import/blueprints) as node-link JSON, which
// importNodeLinkJson reads: `elements` with a `label` (and any other fields, or them in an
// `attributes` record) and `connections` whose `from` and `to` name an element by its label or
// its id. Pure.
import { isRecord } from "./jsonInput";

/**
 * Whether the JSON is Kumu's: a `connections` list, or `elements` that are plain records (a
 * Cytoscape element keeps its fields in `data`).
 */
export function isKumuJson(data: Record<string, unknown>): boolean {
  if (Array.isArray(data.nodes)) return false;
  if (Array.isArray(data.connections)) return true;
  return (
    Array.isArray(data.elements) &&
    data.elements.length > 0 &&
    data.elements.every((element) => isRecord(element) && !isRecord(element.data))
  );
}

/** A Kumu record's fields: its own, and those of its `attributes` record (Kumu's own export). */
function fieldsOf(item: unknown): Record<string, unknown> {
  if (!isRecord(item)) return {};
  const { attributes, ...own } = item;
  return isRecord(attributes) ? { ...attributes, ...own } : item;
}

const textOf = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== ""
    ? value
    : typeof value === "number"
      ? String(value)
      : undefined;

/** The same network as node-link JSON: an element's id is its `_id` or `id`, else its label. */
export function kumuAsNodeLink(data: Record<string, unknown>): Record<string, unknown> {
  const elements = Array.isArray(data.elements) ? data.elements.map(fieldsOf) : [];
  const byLabel = new Map<string, string>();
  const ids = new Set<string>();
  const nodes = elements.map((fields) => {
    const { _id, ...rest } = fields;
    const id = textOf(_id) ?? textOf(fields.id) ?? textOf(fields.label);
    if (id === undefined) return rest;
    ids.add(id);
    const label = textOf(fields.label);
    if (label !== undefined && !byLabel.has(label)) byLabel.set(label, id);
    return { ...rest, id };
  });
  const endOf = (value: unknown): unknown => {
    const text = textOf(value);
    return text === undefined || ids.has(text) ? value : (byLabel.get(text) ?? value);
  };
  const connections = Array.isArray(data.connections) ? data.connections.map(fieldsOf) : [];
  const links = connections.map((fields) => {
    const { _id, from, to, ...rest } = fields;
    const id = textOf(_id) ?? textOf(fields.id);
    return { ...rest, ...(id !== undefined ? { id } : {}), source: endOf(from), target: endOf(to) };
  });
  return { graph: isRecord(data.map) ? data.map : {}, nodes, links };
}
