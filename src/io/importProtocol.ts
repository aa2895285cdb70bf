// The messages between the page (importRunner.ts) and the import worker (importWorker.ts), in a
// module of their own so the worker does not import the runner that starts it.
import type { ImportResult } from "./importResult";
import type { ActorsRead } from "./importResult";
import type { Actor, NetworkDocument, Tie } from "../schema/networkDocument";

/** What the worker is asked: read and import these files (a large network too, if allowed). */
export interface ImportRequest {
  id: number;
  files: readonly File[];
  allowLarge?: boolean;
}

/** A piece of a large document's actors or ties (see resultReplies). */
export type DocumentPart = { actors: Actor[] } | { ties: Tie[] };

/**
 * The actors' kinds (and positions) as soon as they are read (a GEXF's, before its ties), then the result — a
 * large document's actors and ties first, in parts, and the rest of it with `split`.
 */
export type ImportReply =
  | { id: number; actors: ActorsRead }
  | { id: number; part: DocumentPart }
  | { id: number; result: ImportResult; split?: true };

/**
 * Actors and ties per part. The page reads each message in a task of its own: 60 000 ties in one
 * message took the page about 250 ms to receive; 500 a message take a few milliseconds each.
 */
export const PART_SIZE = 500;

/**
 * The replies that carry a result: a document with more than PART_SIZE actors or ties goes as
 * parts, then the rest of the document (empty lists) marked `split`; anything else in one reply.
 */
export function resultReplies(id: number, result: ImportResult): ImportReply[] {
  if (!result.ok) return [{ id, result }];
  const { actors, ties } = result.document;
  if (actors.length <= PART_SIZE && ties.length <= PART_SIZE) return [{ id, result }];
  const replies: ImportReply[] = [];
  for (let i = 0; i < actors.length; i += PART_SIZE)
    replies.push({ id, part: { actors: actors.slice(i, i + PART_SIZE) } });
  for (let i = 0; i < ties.length; i += PART_SIZE)
    replies.push({ id, part: { ties: ties.slice(i, i + PART_SIZE) } });
  const rest: NetworkDocument = { ...result.document, actors: [], ties: [] };
  replies.push({ id, result: { ...result, document: rest }, split: true });
  return replies;
}

/** Collects the parts of one import and puts the document back together. */
export function createPartCollector(): {
  add(part: DocumentPart): void;
  /** The result, with the collected actors and ties when it came `split`. */
  finish(result: ImportResult, split: boolean): ImportResult;
} {
  const actors: Actor[] = [];
  const ties: Tie[] = [];
  return {
    add(part) {
      if ("actors" in part) for (const actor of part.actors) actors.push(actor);
      else for (const tie of part.ties) ties.push(tie);
    },
    finish(result, split) {
      if (!split || !result.ok) return result;
      return { ...result, document: { ...result.document, actors, ties } };
    },
  };
}
