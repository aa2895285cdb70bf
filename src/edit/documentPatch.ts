// Changes to a document as data: a patch is a list of small operations (insert, remove or replace
// one record; change the network's details; move some actors), each carrying what it replaces, so
// it can be applied and inverted exactly. Undo applies the inverse; no step keeps a whole document.
import type { Actor, NetworkDocument, Position, Source, Tie } from "../schema/networkDocument";

export interface RecordsOf {
  actors: Actor;
  ties: Tie;
  sources: Source;
}
export type Collection = keyof RecordsOf;

/** The network's own fields an editor can change. */
export interface NetworkDetails {
  title: string;
  description?: string;
  asOf?: string;
}

export type PatchOp =
  | {
      [C in Collection]: { op: "insert"; collection: C; index: number; value: RecordsOf[C] };
    }[Collection]
  | {
      [C in Collection]: { op: "remove"; collection: C; index: number; value: RecordsOf[C] };
    }[Collection]
  | {
      [C in Collection]: {
        op: "replace";
        collection: C;
        index: number;
        before: RecordsOf[C];
        after: RecordsOf[C];
      };
    }[Collection]
  | { op: "details"; before: NetworkDetails; after: NetworkDetails }
  | {
      op: "positions";
      /** Per actor: its position before and after (null: none stored). */
      moves: readonly PositionMove[];
      /** Whether the document had a layout section before and has one after. */
      layoutBefore: boolean;
      layoutAfter: boolean;
      /** The pinned list before and after (undefined: none), when the step changes it. */
      pinned?: { before: readonly string[] | undefined; after: readonly string[] | undefined };
    };

export interface PositionMove {
  id: string;
  before: Position | null;
  after: Position | null;
}

/** One user-level change: what the Undo button names, and the operations that make it. */
export interface Patch {
  /** Lower-case words after "Undo: ", e.g. "add tie Bahbah → Witkoff". */
  label: string;
  ops: readonly PatchOp[];
}

/** A patch that does not fit the document it is applied to (history out of step with it). */
export class PatchMismatch extends Error {}

export function invertOp(op: PatchOp): PatchOp {
  switch (op.op) {
    case "insert":
      return { ...op, op: "remove" } as PatchOp;
    case "remove":
      return { ...op, op: "insert" } as PatchOp;
    case "replace":
      return { ...op, before: op.after, after: op.before } as PatchOp;
    case "details":
      return { op: "details", before: op.after, after: op.before };
    case "positions":
      return {
        op: "positions",
        moves: op.moves.map((m) => ({ id: m.id, before: m.after, after: m.before })),
        layoutBefore: op.layoutAfter,
        layoutAfter: op.layoutBefore,
        ...(op.pinned ? { pinned: { before: op.pinned.after, after: op.pinned.before } } : {}),
      };
  }
}

/** The patch that undoes `patch`: each operation inverted, in reverse order. */
export function invertPatch(patch: Patch): Patch {
  const ops: PatchOp[] = [];
  for (let i = patch.ops.length - 1; i >= 0; i--) ops.push(invertOp(patch.ops[i]!));
  return { label: patch.label, ops };
}

function expectRecord(list: readonly { id: string }[], index: number, id: string, what: string) {
  const found = list[index];
  if (!found || found.id !== id)
    throw new PatchMismatch(
      `${what}: expected "${id}" at ${index}, found "${found?.id ?? "nothing"}"`,
    );
}

function applyOp(doc: NetworkDocument, op: PatchOp): NetworkDocument {
  switch (op.op) {
    case "insert": {
      const list = doc[op.collection] as readonly { id: string }[];
      if (op.index < 0 || op.index > list.length)
        throw new PatchMismatch(`insert into ${op.collection} at ${op.index} of ${list.length}`);
      if (list.some((record) => record.id === op.value.id))
        throw new PatchMismatch(`insert into ${op.collection}: "${op.value.id}" already exists`);
      const next = [...list];
      next.splice(op.index, 0, op.value);
      return { ...doc, [op.collection]: next };
    }
    case "remove": {
      const list = doc[op.collection] as readonly { id: string }[];
      expectRecord(list, op.index, op.value.id, `remove from ${op.collection}`);
      const next = [...list];
      next.splice(op.index, 1);
      return { ...doc, [op.collection]: next };
    }
    case "replace": {
      const list = doc[op.collection] as readonly { id: string }[];
      expectRecord(list, op.index, op.before.id, `replace in ${op.collection}`);
      const next = [...list];
      next[op.index] = op.after;
      return { ...doc, [op.collection]: next };
    }
    case "details": {
      const next: NetworkDocument = { ...doc, title: op.after.title };
      setOptional(next, "description", op.after.description);
      setOptional(next, "asOf", op.after.asOf);
      return next;
    }
    case "positions": {
      // A Map keyed by id: actor ids such as "constructor" must behave like any other.
      const positions = new Map<string, Position>(Object.entries(doc.layout?.positions ?? {}));
      for (const move of op.moves) {
        if (move.after === null) positions.delete(move.id);
        else positions.set(move.id, move.after);
      }
      const next: NetworkDocument = { ...doc };
      const pinned = op.pinned ? op.pinned.after : doc.layout?.pinned;
      // Positions stored since the step was recorded (adopted from the layout) keep the section.
      if (op.layoutAfter || positions.size > 0 || pinned)
        next.layout = {
          positions: Object.fromEntries(positions),
          ...(pinned ? { pinned: [...pinned] } : {}),
        };
      else delete next.layout;
      return next;
    }
  }
}

function setOptional<K extends "description" | "asOf">(
  doc: NetworkDocument,
  key: K,
  value: NetworkDocument[K],
): void {
  if (value === undefined) delete doc[key];
  else doc[key] = value;
}

/** The document after the patch; throws PatchMismatch when the patch does not fit it. */
export function applyPatch(doc: NetworkDocument, patch: Patch): NetworkDocument {
  let next = doc;
  for (const op of patch.ops) next = applyOp(next, op);
  return next;
}

/** The network's details as an editor sees them. */
export function detailsOf(doc: NetworkDocument): NetworkDetails {
  const details: NetworkDetails = { title: doc.title };
  if (doc.description !== undefined) details.description = doc.description;
  if (doc.asOf !== undefined) details.asOf = doc.asOf;
  return details;
}
