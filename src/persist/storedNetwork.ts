// What the browser keeps of a user's network: the document, the view they left it in (as the
// URL hash encodes it), when it last changed and a revision number that tells two tabs apart.
// Versioned: a record of an older store format is migrated, one of an unknown format is reported
// and kept untouched — never silently dropped. Since store format 2 the document and the undo
// history are written as JSON text, made again only for the records an edit changed (jsonText.ts):
// copying a 5 000-actor document's objects held the page for 70–150 ms at every save. IndexedDB
// keeps the document's text in pieces (networkLibrary.ts).
import * as z from "zod/mini";
import { FORMAT_TAG, type NetworkDocument } from "../schema/networkDocument";
import { formatProblem, parseDocument } from "../schema/parseDocument";
import type { EditHistory } from "../edit/editHistory";
import { jsonPieces, jsonText } from "./jsonText";

import { OBJECTS_FORMAT, STORE_FORMAT } from "./storeFormats";

export { STORE_FORMAT };

export interface StoredNetwork {
  storeFormat: typeof STORE_FORMAT;
  /** The key in the library, also the `net=` of the URL: random, never derived from the title. */
  id: string;
  document: NetworkDocument;
  /** The view as the URL hash encodes it (selection, viewport, filters…), without `net=`. */
  view: string;
  /** Milliseconds since the epoch. */
  updatedAt: number;
  /** Grows by one with every save; a save based on an older revision is a conflict. */
  revision: number;
  /** The undo history, so Undo still works after a reload (absent: none kept). */
  history?: EditHistory;
}

/** A network as it is written: the document and the history as JSON text. */
export interface StoredRecord extends Omit<StoredNetwork, "document" | "history"> {
  documentJson: string;
  historyJson?: string;
  /** What the list shows, read without the document. */
  summary: { title: string; actors: number; ties: number };
}

/** The record to write for a network at a revision (text pieces reused since the last save). */
export async function storedRecord(
  network: Omit<StoredNetwork, "revision" | "storeFormat">,
  revision: number,
): Promise<StoredRecord> {
  const { documentPieces, ...record } = await storedRecordInPieces(network, revision, Infinity);
  return { ...record, documentJson: documentPieces.join("") };
}

/** The record with its document's text in pieces of about `pieceChars` characters. */
export async function storedRecordInPieces(
  network: Omit<StoredNetwork, "revision" | "storeFormat">,
  revision: number,
  pieceChars: number,
): Promise<Omit<StoredRecord, "documentJson"> & { documentPieces: string[] }> {
  const { document, history, ...rest } = network;
  return {
    ...rest,
    storeFormat: STORE_FORMAT,
    revision,
    summary: { title: document.title, actors: document.actors.length, ties: document.ties.length },
    documentPieces: await jsonPieces(document, undefined, pieceChars),
    ...(history ? { historyJson: await jsonText(history) } : {}),
  };
}

/** What a save of the view alone writes: where the reader left the network, and when. */
export type StoredView = Pick<StoredNetwork, "id" | "view" | "updatedAt">;

/** The fields the library's list shows, without the document. */
export interface StoredSummary {
  id: string;
  title: string;
  actors: number;
  ties: number;
  updatedAt: number;
}

const StoredShape = z.looseObject({
  storeFormat: z.optional(z.string()),
  id: z.string().check(z.minLength(1)),
  document: z.optional(z.unknown()),
  documentJson: z.optional(z.string()),
  historyJson: z.optional(z.string()),
  view: z.optional(z.string()),
  updatedAt: z.number(),
  revision: z.optional(z.number()),
  history: z.optional(z.unknown()),
  summary: z.optional(z.unknown()),
});

const PatchListShape = z.array(
  z.looseObject({ label: z.string(), ops: z.array(z.looseObject({ op: z.string() })) }),
);

/** The stored undo history when it has the right shape (patches are checked again on undo). */
function historyOf(raw: unknown): EditHistory | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const { past, future } = raw as { past?: unknown; future?: unknown };
  const p = PatchListShape.safeParse(past);
  const f = PatchListShape.safeParse(future);
  return p.success && f.success
    ? ({ past: p.data, future: f.data } as unknown as EditHistory)
    : undefined;
}

export type StoredReading =
  | { ok: true; network: StoredNetwork; migrated: boolean }
  | { ok: false; id: string | undefined; message: string };

/**
 * Reads a record from storage. A record without a store format (the first, unversioned form:
 * id, document, updatedAt) is migrated; one of store format 1 (document and history as objects)
 * is read as it is. The document inside goes through the same gate as a file.
 */
export function readStored(raw: unknown): StoredReading {
  const shape = StoredShape.safeParse(raw);
  const id =
    typeof raw === "object" && raw !== null && typeof (raw as { id?: unknown }).id === "string"
      ? (raw as { id: string }).id
      : undefined;
  if (!shape.success)
    return { ok: false, id, message: "a stored network that is not in a form this app knows" };
  const record = shape.data;
  const known = [undefined, OBJECTS_FORMAT, STORE_FORMAT];
  if (!known.includes(record.storeFormat))
    return {
      ok: false,
      id,
      message: `stored network "${id}" is in store format "${record.storeFormat}", which this version of Backchannel does not know (it is kept as it is)`,
    };
  let doc = record.document;
  let history = record.history;
  if (record.storeFormat === STORE_FORMAT)
    try {
      doc = JSON.parse(record.documentJson ?? "null") as unknown;
      history =
        record.historyJson === undefined ? undefined : (JSON.parse(record.historyJson) as unknown);
    } catch {
      return {
        ok: false,
        id,
        message: `stored network "${id}" is damaged: its text is not JSON (it is kept as it is)`,
      };
    }
  const format =
    typeof doc === "object" && doc !== null ? (doc as { format?: unknown }).format : undefined;
  if (format !== FORMAT_TAG)
    return {
      ok: false,
      id,
      message: `stored network "${id}" holds a document of format ${JSON.stringify(format)}, which this version of Backchannel cannot open (it is kept as it is)`,
    };
  const parsed = parseDocument(doc);
  if (!parsed.ok)
    return {
      ok: false,
      id,
      message: `stored network "${id}" no longer passes the document checks: ${parsed.problems.slice(0, 3).map(formatProblem).join("; ")}`,
    };
  return {
    ok: true,
    migrated: record.storeFormat === undefined,
    network: {
      storeFormat: STORE_FORMAT,
      id: record.id,
      document: parsed.document,
      view: record.view ?? "",
      updatedAt: record.updatedAt,
      revision: record.revision ?? 0,
      ...(historyOf(history) ? { history: historyOf(history)! } : {}),
    },
  };
}

const SummaryShape = z.object({ title: z.string(), actors: z.number(), ties: z.number() });

/**
 * What the list shows of a stored record: a store-format-2 record's own summary (its document is
 * read when it is opened), otherwise the record read whole.
 */
export function listEntry(
  raw: unknown,
): { ok: true; summary: StoredSummary } | { ok: false; id: string | undefined; message: string } {
  const shape = StoredShape.safeParse(raw);
  if (shape.success && shape.data.storeFormat === STORE_FORMAT) {
    const summary = SummaryShape.safeParse(shape.data.summary);
    if (summary.success)
      return {
        ok: true,
        summary: { id: shape.data.id, ...summary.data, updatedAt: shape.data.updatedAt },
      };
  }
  const reading = readStored(raw);
  return reading.ok ? { ok: true, summary: summaryOf(reading.network) } : reading;
}

export function summaryOf(network: StoredNetwork): StoredSummary {
  return {
    id: network.id,
    title: network.document.title,
    actors: network.document.actors.length,
    ties: network.document.ties.length,
    updatedAt: network.updatedAt,
  };
}

export { newStoredId } from "./storedId";
