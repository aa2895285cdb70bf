// What every importer takes and gives back: named text files in, a validated document with
// warnings (rows or elements skipped) or the problems that stopped the import out.
import type { NetworkDocument } from "../schema/networkDocument";
import type { Problem } from "../schema/parseDocument";
import type { NetworkSize } from "./importLimits";
import type { Position } from "../schema/networkDocument";
import type { ActorKind } from "../schema/vocabulary";

/**
 * The actors of a file still being read (a GEXF lists its nodes before its edges): the kind of
 * each actor the document will have, in order, and where the file places them when it places
 * every one (the picture that follows is then the file's arrangement, not a layout's start).
 */
export interface ActorsRead {
  kinds: ActorKind[];
  positions?: Position[];
}

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
