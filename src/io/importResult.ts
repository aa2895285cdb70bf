// What every importer takes and gives back: named text files in, a validated document with
// warnings (rows or elements skipped) or the problems that stopped the import out.
import type { NetworkDocument } from "../schema/networkDocument";
import type { Problem } from "../schema/parseDocument";
import type { NetworkSize } from "./importLimits";

/** A file as the user picked it: its name (for messages and the import source) and its text. */
export interface ImportFile {
  name: string;
  text: string;
}

export type ImportResult =
  | {
      ok: true;
      document: NetworkDocument;
      warnings: string[];
      /** Warnings left out of `warnings` (importFiles lists a few and counts the rest). */
      omittedWarnings?: number;
    }
  | {
      ok: false;
      problems: Problem[];
      /** Problems left out of `problems`, counted. */
      omittedProblems?: number;
      /** Set when the network is only too large to open without asking: its size. */
      large?: NetworkSize;
    };

/** A failed import with one problem. */
export function failImport(path: string, message: string): ImportResult {
  return { ok: false, problems: [{ path, message }] };
}
