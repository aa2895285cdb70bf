// Document → a nodes table and an edges table in Gephi's spreadsheet convention (Id, Label, Kind…;
// Id, Source, Target, Type, Label, Kind, Start, End, Timeset…), written by papaparse with cells
// that a spreadsheet would run as formulas (= + - @, tab, CR) escaped with a leading '. The first
// actor row carries Backchannel's header (bc:document), and a row whose cells cannot carry every
// field exactly carries bc:fields, so the pair reads back into the exact document.
import Papa from "papaparse";
import type { NetworkDocument, Tie } from "../schema/networkDocument";
import { isoDay, periodEnd, periodStart, DAY_MS } from "../schema/partialDate";
import { TIE_KIND_LABELS } from "../schema/vocabulary";
import { csvCellValue, FORMULA_START } from "./csvTable";
import { documentHeaderJson } from "./documentHeader";
import { actorColumns, inexactFields, type ReadBack } from "./exactRecords";
import { exportBaseName, type ExportedFile } from "./exportedFile";
import { BC_DOCUMENT, BC_FIELDS } from "./fieldNames";
import { flattenTie, type FlatField, type FlatValue } from "./flattenRecords";
import type { ValueBag } from "./foreignGraph";
import { actorFromColumns, endsOf, tieFromColumns, type RecordDraft } from "./unflattenRecords";

/** The CSV headers of the fields flattenRecords names; extra attributes keep their own names. */
const CSV_HEADERS: Record<string, string> = {
  label: "Label",
  kind: "Kind",
  directed: "Directed",
  role: "Role",
  aliases: "Aliases",
  affiliations: "Affiliations",
  description: "Description",
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

const NODE_COLUMNS = ["Id", "Label", "Kind", "Role", "Aliases", "Affiliations", "Description"];
// prettier-ignore
const EDGE_COLUMNS = [
  "Id", "Source", "Target", "Type", "Label", "Kind", "Directed", "Start", "End", "Timeset",
  "Approximate", "Time Label", "Count", "Count Approximate", "Count Unit", "Status", "Editor Note",
  "Summary", "Attribution", "Quote", "Sources",
];

type Table = "nodes" | "edges";

const headerOf = (field: FlatField): string =>
  field.extra ? field.name : (CSV_HEADERS[field.name] ?? field.name);

/** What the CSV reader gets back from a cell written from this field (blank cells are none). */
const csvReadBack =
  (table: Table): ReadBack =>
  (field) => {
    const header = headerOf(field);
    const cell = String(field.value);
    if (header.trim() === "" || cell.trim() === "") return undefined;
    return [header, csvCellValue(cell, header, table)];
  };

interface RowPlan {
  /** Id, Source, Target: read apart from the values. */
  place: Record<string, string>;
  columns: FlatField[];
  record: object;
  fromColumns: (values: ValueBag) => RecordDraft;
}

function toCsv(table: Table, fixed: readonly string[], plans: RowPlan[], first?: FlatField) {
  const header = [...fixed];
  const known = new Set(fixed);
  for (const plan of plans)
    for (const field of plan.columns)
      if (!known.has(headerOf(field))) {
        known.add(headerOf(field));
        header.push(headerOf(field));
      }
  const index = new Map(header.map((name, i) => [name, i]));
  const inFileOrder = (columns: FlatField[]) =>
    [...columns].sort((a, b) => (index.get(headerOf(a)) ?? 0) - (index.get(headerOf(b)) ?? 0));
  const rows = plans.map((plan) => {
    const row = new Map<string, FlatValue>(Object.entries(plan.place));
    for (const field of plan.columns) row.set(headerOf(field), field.value);
    const exact = inexactFields(
      plan.record,
      inFileOrder(plan.columns),
      csvReadBack(table),
      plan.fromColumns,
    );
    if (exact !== undefined) row.set(BC_FIELDS, exact);
    return row;
  });
  if (rows.some((row) => row.has(BC_FIELDS))) header.push(BC_FIELDS);
  if (first) {
    header.push(first.name);
    rows[0]?.set(first.name, first.value);
  }
  return Papa.unparse(
    { fields: header, data: rows.map((row) => header.map((name) => row.get(name) ?? "")) },
    // Not `escapeFormulae: true`: papaparse's own pattern (/^[=+\-@\t\r].*$/) misses a formula
    // that goes on after a line break in the cell, and its escape could not be told apart from
    // text that starts with an apostrophe.
    { escapeFormulae: FORMULA_START, newline: "\r\n" },
  );
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
  const plans = document.actors.map((actor) => ({
    place: { Id: actor.id },
    columns: actorColumns(actor),
    record: actor,
    fromColumns: (values: ValueBag) => actorFromColumns(actor.id, values),
  }));
  const header = { name: BC_DOCUMENT, value: documentHeaderJson(document), extra: true as const };
  return {
    fileName: `${exportBaseName(document)}-nodes.csv`,
    mimeType: "text/csv;charset=utf-8",
    text: toCsv("nodes", NODE_COLUMNS, plans, header),
  };
}

export function exportEdgesCsv(document: NetworkDocument): ExportedFile {
  const plans = document.ties.map((tie) => {
    const fields = flattenTie(tie);
    const kind = String(fields.find((field) => field.name === "kind")?.value ?? tie.kind);
    const timeset = timesetOf(tie);
    const gephi: FlatField[] = [
      { name: "Type", value: tie.directed === false ? "Undirected" : "Directed", extra: true },
      // The tie's own label as the file wrote it; else the kind's word, as Gephi shows one.
      {
        name: "Label",
        value: tie.label ?? (kind === tie.kind ? TIE_KIND_LABELS[tie.kind] : kind),
        extra: true,
      },
      ...(timeset !== undefined ? [{ name: "Timeset", value: timeset, extra: true as const }] : []),
    ];
    return {
      place: { Id: tie.id, Source: tie.source, Target: tie.target },
      // The tie's own label is in Gephi's Label column already.
      columns: [...gephi, ...fields.filter((field) => field.extra || field.name !== "label")],
      record: tie,
      fromColumns: (values: ValueBag) => tieFromColumns(endsOf(tie), values),
    };
  });
  return {
    fileName: `${exportBaseName(document)}-edges.csv`,
    mimeType: "text/csv;charset=utf-8",
    text: toCsv("edges", EDGE_COLUMNS, plans),
  };
}

/** Both tables, nodes first: open them together in Gephi's Data Laboratory, or in Backchannel. */
export function exportCsvTables(document: NetworkDocument): [ExportedFile, ExportedFile] {
  return [exportNodesCsv(document), exportEdgesCsv(document)];
}
