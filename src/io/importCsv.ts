// Spreadsheet tables → document, in Gephi's convention and its common variants: an edges table
// (Source and Target, or From and To, … — see csvTable's TIE_END_COLUMNS — Type, Id, Label, Kind,
// Weight, time columns, anything else) and optionally a nodes table (Id, Name or Label, Kind…).
// Broken rows are skipped with a warning naming the row, as long as each file has a usable one.
import type { Problem } from "../schema/parseDocument";
import {
  csvCellValue,
  csvColumnKey,
  csvLayoutOf,
  CSV_COLUMNS_READ,
  readCsvTable,
  type CsvTable,
} from "./csvTable";
import { buildImportedDocument } from "./importedDocument";
import type { ForeignEdge, ForeignNode, ValueBag } from "./foreignGraph";
import type { ImportFile, ImportResult } from "./importResult";
import { BC_DOCUMENT } from "./fieldNames";

interface Columns {
  special: Map<string, number>;
  values: { name: string; index: number }[];
}

/** The special columns (by csvColumnKey) and the value columns; `alsoValues` are both. */
function columnsOf(
  table: CsvTable,
  specials: readonly string[],
  file: string,
  warnings: string[],
  alsoValues: readonly string[] = [],
) {
  const columns: Columns = { special: new Map(), values: [] };
  const seen = new Set<string>();
  table.header.forEach((name, index) => {
    const key = csvColumnKey(name);
    if (name.trim() === "") return;
    const special = specials.includes(key);
    if (special ? columns.special.has(key) : seen.has(name)) {
      warnings.push(`${file}: the column "${name.trim()}" appears twice; the first one is used`);
      return;
    }
    if (special) columns.special.set(key, index);
    if (!special || alsoValues.includes(key)) {
      seen.add(name);
      columns.values.push({ name, index });
    }
  });
  return columns;
}

function valuesOf(cells: readonly string[], columns: Columns, table: "nodes" | "edges"): ValueBag {
  const bag: ValueBag = new Map();
  for (const { name, index } of columns.values) {
    const cell = cells[index];
    if (cell !== undefined && cell.trim() !== "") bag.set(name, csvCellValue(cell, name, table));
  }
  return bag;
}

/** Adds items one by one: push(...items) puts every item on the call stack and overflows it at
 * about 100,000 rows. */
function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === "");

function readNodes(
  file: ImportFile,
  table: CsvTable,
  idKey: string,
  warnings: string[],
  broken: Problem[],
) {
  // A Name or Label column identifies the actor and names it.
  const columns = columnsOf(table, [idKey], file.name, warnings, idKey === "id" ? [] : [idKey]);
  const idColumn = columns.special.get(idKey) ?? -1;
  const idName = table.header[idColumn]?.trim() ?? "Id";
  const nodes: ForeignNode[] = [];
  for (const row of table.rows) {
    if (isBlank(row.cells)) continue;
    const origin = `${file.name} row ${row.number}`;
    const id = row.cells[idColumn]?.trim() ?? "";
    if (id === "") broken.push({ path: origin, message: `no ${idName}` });
    else nodes.push({ id, origin, values: valuesOf(row.cells, columns, "nodes") });
  }
  return nodes;
}

function readEdges(
  file: ImportFile,
  table: CsvTable,
  ends: { source: string; target: string },
  warnings: string[],
  broken: Problem[],
) {
  const columns = columnsOf(table, [ends.source, ends.target, "id"], file.name, warnings);
  const cellAt = (cells: readonly string[], name: string) =>
    cells[columns.special.get(name) ?? -1]?.trim() ?? "";
  // Messages name the columns as the file writes them ("no To").
  const written = (key: string) => table.header[columns.special.get(key) ?? -1]?.trim() ?? key;
  const edges: ForeignEdge[] = [];
  for (const row of table.rows) {
    if (isBlank(row.cells)) continue;
    const origin = `${file.name} row ${row.number}`;
    const source = cellAt(row.cells, ends.source);
    const target = cellAt(row.cells, ends.target);
    const id = cellAt(row.cells, "id");
    if (source === "" || target === "") {
      const missing = [
        source === "" ? `no ${written(ends.source)}` : "",
        target === "" ? `no ${written(ends.target)}` : "",
      ];
      broken.push({ path: origin, message: missing.filter((m) => m !== "").join(" and ") });
      continue;
    }
    edges.push({
      ...(id !== "" ? { id } : {}),
      source,
      target,
      directed: true,
      file: file.name,
      origin,
      values: valuesOf(row.cells, columns, "edges"),
    });
  }
  return edges;
}

/**
 * One edges table, one nodes table, or both (in any order). Without a nodes table every Source and
 * Target becomes an actor; with one, ends it does not list are added with a warning.
 */
export function importCsvFiles(files: readonly ImportFile[]): ImportResult {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  const nodes: ForeignNode[] = [];
  const edges: ForeignEdge[] = [];
  const nodeFiles: string[] = [];
  const edgeFiles: string[] = [];
  for (const file of files) {
    const read = readCsvTable(file);
    if (!read.ok) {
      append(problems, read.problems);
      continue;
    }
    const { table } = read;
    const layout = csvLayoutOf(table.header);
    if (layout === undefined) {
      problems.push({ path: file.name, message: `needs the columns ${CSV_COLUMNS_READ}` });
      continue;
    }
    const { kind } = layout;
    const broken: Problem[] = [];
    const before = kind === "csv-nodes" ? nodes.length : edges.length;
    if (layout.kind === "csv-nodes")
      append(nodes, readNodes(file, table, layout.id, warnings, broken));
    else append(edges, readEdges(file, table, layout, warnings, broken));
    const usable = (kind === "csv-nodes" ? nodes.length : edges.length) - before;
    if (usable === 0 && broken.length > 0) {
      problems.push({
        path: file.name,
        message: `no usable row: ${broken.length} row(s) are broken`,
      });
      append(problems, broken);
      continue;
    }
    append(warnings, table.warnings);
    for (const problem of broken) warnings.push(`${problem.path}: ${problem.message}`);
    (kind === "csv-nodes" ? nodeFiles : edgeFiles).push(file.name);
  }
  if (problems.length > 0) return { ok: false, problems };
  // An empty table is fine beside a full one (a network may have no ties yet), not on its own.
  if (nodes.length === 0 && edges.length === 0)
    return {
      ok: false,
      problems: files.map((file) => ({ path: file.name, message: "has no rows below its header" })),
    };
  // Backchannel's header rides on the first actor row of the tables it writes.
  let header: string | undefined;
  for (const node of nodes) {
    const value = node.values.get(BC_DOCUMENT);
    if (header === undefined && typeof value === "string") header = value;
    node.values.delete(BC_DOCUMENT);
  }
  return buildImportedDocument({
    files: [...nodeFiles, ...edgeFiles],
    ...(header !== undefined ? { header } : {}),
    nodes,
    edges,
    nodesFromEdges: nodeFiles.length === 0,
    warnings,
  });
}
