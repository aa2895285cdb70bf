// What every importer takes and gives back: named text files in, a validated document with
// warnings (rows or elements skipped) or the problems that stopped the import out.
import type { NetworkDocument } from "../schema/networkDocument";
import type { Problem } from "../schema/parseDocument";

/** A file as the user picked it: its name (for messages and the import source) and its text. */
export interface ImportFile {
  name: string;
  text: string;
}

export type ImportResult =
  { ok: true; document: NetworkDocument; warnings: string[] } | { ok: false; problems: Problem[] };

/** A failed import with one problem. */
export function failImport(path: string, message: string): ImportResult {
  return { ok: false, problems: [{ path, message }] };
}
