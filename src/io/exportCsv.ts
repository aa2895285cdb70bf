// Document → a nodes table and an edges table in Gephi's spreadsheet convention (Id, Label, Kind…;
// Id, Source, Target, Type, Label, Kind, Start, End, Timeset…), written by papaparse with cells
// that a spreadsheet would run as formulas (= + - @, tab, CR) escaped with a leading '.
import Papa from "papaparse";
import type { NetworkDocument, Tie } from "../schema/networkDocument";
import { isoDay, periodEnd, periodStart, DAY_MS } from "../schema/partialDate";
import { TIE_KIND_LABELS } from "../schema/vocabulary";
import { FORMULA_START } from "./csvTable";
import { exportBaseName, type ExportedFile } from "./exportedFile";
import { flattenActor, flattenTie, type FlatField, type FlatValue } from "./flattenRecords";

/** The CSV headers of the fields flattenRecords names; extra attributes keep their own names. */
const CSV_HEADERS: Record<string, string> = {
  kind: "Kind",
  role: "Role",
  aliases: "Aliases",
  affiliations: "Affiliations",
  description: "Description",
  label: "Label",
  status: "Status",
  "editor note": "Editor Note",
  summary: "Summary",
  attribution: "Attribution",
  quote: "Quote",
  sources: "Sources",
  "time start": "Start",
  "time end": "End",
  "time approximate": "Approximate",
  "time label": "Time Label",
  count: "Count",
  "count approximate": "Count Approximate",
  "count unit": "Count Unit",
};

type Row = Record<string, FlatValue>;

function toCsv(fixed: readonly string[], rows: readonly Row[]): string {
  const extras: string[] = [];
  const known = new Set(fixed);
  for (const row of rows)
    for (const name of Object.keys(row))
      if (!known.has(name)) {
        known.add(name);
        extras.push(name);
      }
  const fields = [...fixed, ...extras];
  return Papa.unparse(
    { fields, data: rows.map((row) => fields.map((field) => row[field] ?? "")) },
    // Not `escapeFormulae: true`: papaparse's own pattern (/^[=+\-@\t\r].*$/) misses a formula
    // that goes on after a line break in the cell, and its escape could not be told apart from
    // text that starts with an apostrophe.
    { escapeFormulae: FORMULA_START, newline: "\r\n" },
  );
}

function rowOf(fields: FlatField[], row: Row): Row {
  for (const field of fields)
    row[field.extra ? field.name : (CSV_HEADERS[field.name] ?? field.name)] = field.value;
  return row;
}

/** Gephi's interval for the tie: `<[first day,last day]>`, open bounds as ±Infinity. */
function timesetOf(tie: Tie): string | undefined {
  const time = tie.time;
  if (!time || (time.start === undefined && time.end === undefined)) return undefined;
  const last = time.end ?? time.start;
  const start = time.start === undefined ? "-Infinity" : isoDay(periodStart(time.start));
  const end = last === undefined ? "Infinity" : isoDay(periodEnd(last) - DAY_MS);
  return `<[${start},${end}]>`;
}

export function exportNodesCsv(document: NetworkDocument): ExportedFile {
  const rows = document.actors.map((actor) =>
    rowOf(flattenActor(actor), { Id: actor.id, Label: actor.name }),
  );
  const fixed = ["Id", "Label", "Kind", "Role", "Aliases", "Affiliations", "Description"];
  return {
    fileName: `${exportBaseName(document)}-nodes.csv`,
    mimeType: "text/csv;charset=utf-8",
    text: toCsv(fixed, rows),
  };
}

export function exportEdgesCsv(document: NetworkDocument): ExportedFile {
  const rows = document.ties.map((tie) => {
    const fields = flattenTie(tie);
    const kind = String(fields.find((field) => field.name === "kind")?.value ?? tie.kind);
    const row: Row = {
      Id: tie.id,
      Source: tie.source,
      Target: tie.target,
      Type: tie.directed === false ? "Undirected" : "Directed",
      // The tie's own label as the file wrote it; else the kind's word, as Gephi shows one.
      Label: tie.label ?? (kind === tie.kind ? TIE_KIND_LABELS[tie.kind] : kind),
    };
    const timeset = timesetOf(tie);
    if (timeset !== undefined) row.Timeset = timeset;
    return rowOf(fields, row);
  });
  const fixed = [
    "Id",
    "Source",
    "Target",
    "Type",
    "Label",
    "Kind",
    "Start",
    "End",
    "Timeset",
    "Approximate",
    "Time Label",
    "Count",
    "Count Approximate",
    "Count Unit",
    "Status",
    "Editor Note",
    "Summary",
    "Attribution",
    "Quote",
    "Sources",
  ];
  return {
    fileName: `${exportBaseName(document)}-edges.csv`,
    mimeType: "text/csv;charset=utf-8",
    text: toCsv(fixed, rows),
  };
}

/** Both tables, nodes first: open them together in Gephi's Data Laboratory, or in Backchannel. */
export function exportCsvTables(document: NetworkDocument): [ExportedFile, ExportedFile] {
  return [exportNodesCsv(document), exportEdgesCsv(document)];
}
