// The messages between the page (importRunner.ts) and the import worker (importWorker.ts), in a
// module of their own so the worker does not import the runner that starts it.
import type { ImportResult } from "./importResult";
import type { ActorKind } from "../schema/vocabulary";

/** What the worker is asked: read and import these files (a large network too, if allowed). */
export interface ImportRequest {
  id: number;
  files: readonly File[];
  allowLarge?: boolean;
}

/** The actors' kinds as soon as they are read (a GEXF's, before its ties), then the result. */
export type ImportReply =
  { id: number; actors: ActorKind[] } | { id: number; result: ImportResult };
