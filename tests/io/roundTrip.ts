// A document out through one of the exchange formats and back in, for the round-trip tests.
import { exportCsvTables } from "../../src/io/exportCsv";
import { exportGexf } from "../../src/io/exportGexf";
import { exportGraphml } from "../../src/io/exportGraphml";
import type { ExportedFile } from "../../src/io/exportedFile";
import { importFiles } from "../../src/io/importFiles";
import type { ImportFile, ImportResult } from "../../src/io/importResult";
import type { NetworkDocument } from "../../src/schema/networkDocument";

export const EXCHANGE_FORMATS = {
  GEXF: (document: NetworkDocument): ExportedFile[] => [exportGexf(document)],
  GraphML: (document: NetworkDocument): ExportedFile[] => [exportGraphml(document)],
  CSV: (document: NetworkDocument): ExportedFile[] => exportCsvTables(document),
} as const;

export type ExchangeFormat = keyof typeof EXCHANGE_FORMATS;

export function opened(result: ImportResult): ImportResult & { ok: true } {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result;
}

export const asImportFiles = (files: readonly ExportedFile[]): ImportFile[] =>
  files.map((file) => ({ name: file.fileName, text: file.text }));

/** Export in the format and open the file(s) again. */
export function reopenAs(
  format: ExchangeFormat,
  document: NetworkDocument,
): ImportResult & { ok: true } {
  return opened(importFiles(asImportFiles(EXCHANGE_FORMATS[format](document))));
}
