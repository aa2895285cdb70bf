// Delimited text as spreadsheets save it → header and numbered rows, with papaparse (d3-dsv
// compiles row parsers with `new Function`, which a strict CSP forbids). `,`, `;` or tab; a UTF-8
// BOM and CRLF line ends are fine. Row numbers count as a spreadsheet does: the header is row 1.
import Papa from "papaparse";
import type { Problem } from "../schema/parseDocument";
import type { ForeignValue } from "./foreignGraph";
import { normalizeKey, TIE_FIELD_KEYS } from "./fieldNames";
import type { ImportFile } from "./importResult";

export interface CsvRow {
  /** The row number a spreadsheet shows (header = 1). */
  number: number;
  cells: string[];
}

export interface CsvTable {
  /** Column names as written (Source, Target and Id are matched trimmed and in any case). */
  header: string[];
  rows: CsvRow[];
  warnings: string[];
}

export type CsvKind = "csv-edges" | "csv-nodes";

/**
 * Column pairs that make a table of ties, matched in any case and spacing: Gephi's Source and
 * Target, From and To (R igraph's as_data_frame, Kumu, visNetwork), Sender and Receiver (message
 * logs), NodeXL's Vertex 1 and Vertex 2. The first pair a header has wins; the others stay data
 * (a "Source" beside From and To is a news source, not an end).
 */
export const TIE_END_COLUMNS = [
  ["source", "target"],
  ["from", "to"],
  ["sender", "receiver"],
  ["vertex1", "vertex2"],
  // The same pairs as people head them in other languages: German, Dutch, French, Spanish,
  // Portuguese, Italian.
  ["von", "nach"],
  ["quelle", "ziel"],
  ["van", "naar"],
  ["bron", "doel"],
  ["source", "cible"],
  ["de", "para"],
  ["origen", "destino"],
  ["origem", "destino"],
  ["origine", "destinazione"],
  ["sorgente", "destinazione"],
] as const;

/** Columns naming the actor a row is about, the first found wins: Gephi's Id, igraph's name,
 * Kumu's Label (a Name or Label column is the actor's name too). */
export const ACTOR_ID_COLUMNS = ["id", "name", "label"] as const;

/** What the message for an unreadable table lists. */
export const CSV_COLUMNS_READ =
  "Source and Target, From and To, Sender and Receiver, or Vertex 1 and Vertex 2 (a table of " +
  "ties), or Id, Name or Label (a table of actors)";

/** How a table's columns are matched: "Vertex 1", "vertex_1" and "VERTEX1" alike. */
export const csvColumnKey = (cell: string): string => normalizeKey(cell.trim());

export type CsvLayout =
  { kind: "csv-edges"; source: string; target: string } | { kind: "csv-nodes"; id: string };

/** Which table a header makes a file, and the columns it is read by (as csvColumnKey). */
export function csvLayoutOf(header: readonly string[]): CsvLayout | undefined {
  const names = new Set(header.map(csvColumnKey));
  for (const [source, target] of TIE_END_COLUMNS)
    if (names.has(source) && names.has(target)) return { kind: "csv-edges", source, target };
  for (const id of ACTOR_ID_COLUMNS) if (names.has(id)) return { kind: "csv-nodes", id };
  return undefined;
}

export function csvKindOf(header: readonly string[]): CsvKind | undefined {
  return csvLayoutOf(header)?.kind;
}

const DELIMITERS = [",", ";", "\t"] as const;

/** The delimiter used most often in the first line, outside quotes (`,` when none is). */
function delimiterOf(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ",";
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** The cells of the first line, trimmed (for format detection). */
export function csvHeaderOf(text: string): string[] {
  const clean = text.replace(/^\uFEFF/, "");
  const result = Papa.parse<string[]>(clean, { delimiter: delimiterOf(clean), preview: 1 });
  return (result.data[0] ?? []).map((cell) => cell.trim());
}

/**
 * A cell that a spreadsheet would run as a formula (= + - @, tab, CR first), or that already
 * starts with apostrophes before one, gets one more apostrophe on export; the import takes one
 * off, so the escape can be undone exactly.
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

function unescapeFormula(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

export function readCsvTable(
  file: ImportFile,
): { ok: true; table: CsvTable } | { ok: false; problems: Problem[] } {
  const clean = file.text.replace(/^\uFEFF/, "");
  const result = Papa.parse<string[]>(clean, {
    delimiter: delimiterOf(clean),
    skipEmptyLines: false,
  });
  const [headerCells, ...records] = result.data;
  const header = headerCells ?? [];
  if (header.every((cell) => cell.trim() === ""))
    return { ok: false, problems: [{ path: file.name, message: "is empty: no header row" }] };
  const warnings = result.errors.map(
    (error) => `${file.name} row ${(error.row ?? 0) + 1}: ${error.message}`,
  );
  const rows = records.map((cells, index) => ({
    number: index + 2,
    cells: cells.map(unescapeFormula),
  }));
  return { ok: true, table: { header, rows, warnings } };
}

/** Columns whose cells stay text: dates and time sets ("2025" is a year there, not a number) and
 * the exports' list of source ids. */
const TEXT_COLUMNS = new Set<string>([
  "sources",
  ...TIE_FIELD_KEYS.start,
  ...TIE_FIELD_KEYS.end,
  ...TIE_FIELD_KEYS.point,
  ...TIE_FIELD_KEYS.timeset,
]);

/** A cell as a value: numbers and true/false written plainly become numbers and booleans. */
export function csvCellValue(cell: string, column: string, table: "nodes" | "edges"): ForeignValue {
  if (table === "edges" && TEXT_COLUMNS.has(normalizeKey(column))) return cell;
  const trimmed = cell.trim();
  if (trimmed === "true" || trimmed === "false") return trimmed === "true";
  const number = Number(trimmed);
  if (Number.isFinite(number) && String(number) === trimmed) return number;
  return cell;
}
