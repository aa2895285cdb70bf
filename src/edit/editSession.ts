// One network being worked on: its document, the undo history, and the listeners told of every
// change. Edits go through the schema gate (commitEdit); undo and redo replay patches. Positions
// the layout computed are adopted into the document without an undo step: they are where the
// picture already is, not a change the user made.
import type { NetworkDocument, Position } from "../schema/networkDocument";
import type { Problem } from "../schema/parseDocument";
import { commitPatch } from "./commitEdit";
import { PatchMismatch, type Patch } from "./documentPatch";
import {
  EMPTY_HISTORY,
  recordPatch,
  redo,
  redoLabel,
  undo,
  undoLabel,
  type EditHistory,
} from "./editHistory";

export type SessionChangeKind = "edit" | "undo" | "redo" | "adopt" | "replace";

export interface SessionChange {
  kind: SessionChangeKind;
  document: NetworkDocument;
  previous: NetworkDocument;
  /** The patch applied, undone or redone. */
  patch?: Patch;
  /** Only positions or pins changed: the picture can move without being rebuilt. */
  arrangementOnly: boolean;
}

export interface EditSession {
  document(): NetworkDocument;
  history(): EditHistory;
  /** Commits a valid edit and returns undefined, or returns its problems and changes nothing. */
  commit(patch: Patch): Problem[] | undefined;
  undo(): Patch | undefined;
  redo(): Patch | undefined;
  undoLabel(): string | undefined;
  redoLabel(): string | undefined;
  /** Stores positions for actors that have none (the layout placed them); no undo step. */
  adoptPositions(positions: ReadonlyMap<string, Position>): void;
  /** Another document altogether (a stored copy reloaded): a fresh history. */
  replace(document: NetworkDocument): void;
  subscribe(listener: (change: SessionChange) => void): () => void;
}

const arrangementOnly = (patch: Patch): boolean =>
  patch.ops.length > 0 && patch.ops.every((op) => op.op === "positions");

export function createEditSession(
  initial: NetworkDocument,
  startHistory: EditHistory = EMPTY_HISTORY,
): EditSession {
  let document = initial;
  let history: EditHistory = startHistory;
  const listeners = new Set<(change: SessionChange) => void>();
  const emit = (change: SessionChange) => {
    for (const listener of [...listeners]) listener(change);
  };
  const step = (kind: "undo" | "redo") => {
    let result;
    try {
      result = kind === "undo" ? undo(document, history) : redo(document, history);
    } catch (error) {
      // A history that does not fit the document (a stored one from elsewhere): forget it.
      if (!(error instanceof PatchMismatch)) throw error;
      history = EMPTY_HISTORY;
      return undefined;
    }
    if (!result) return undefined;
    const previous = document;
    document = result.document;
    history = result.history;
    emit({
      kind,
      document,
      previous,
      patch: result.patch,
      arrangementOnly: arrangementOnly(result.patch),
    });
    return result.patch;
  };
  return {
    document: () => document,
    history: () => history,
    commit(patch) {
      const result = commitPatch(document, patch);
      if (!result.ok) return result.problems;
      const previous = document;
      document = result.document;
      history = recordPatch(history, result.patch);
      emit({
        kind: "edit",
        document,
        previous,
        patch: result.patch,
        arrangementOnly: arrangementOnly(result.patch),
      });
      return undefined;
    },
    undo: () => step("undo"),
    redo: () => step("redo"),
    undoLabel: () => undoLabel(history),
    redoLabel: () => redoLabel(history),
    adoptPositions(positions) {
      const stored = document.layout?.positions ?? {};
      const missing = document.actors.filter(
        (actor) => !Object.hasOwn(stored, actor.id) && positions.has(actor.id),
      );
      if (missing.length === 0) return;
      const previous = document;
      const next = { ...stored };
      for (const actor of missing) {
        const { x, y } = positions.get(actor.id)!;
        next[actor.id] = { x: round(x), y: round(y) };
      }
      document = { ...document, layout: { ...document.layout, positions: next } };
      // Undo steps recorded before still apply: they name positions only of the actors they move.
      emit({ kind: "adopt", document, previous, arrangementOnly: true });
    },
    replace(next) {
      const previous = document;
      document = next;
      history = EMPTY_HISTORY;
      emit({ kind: "replace", document, previous, arrangementOnly: false });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Positions are kept to a hundredth of a pixel: exact enough, and files stay readable. */
const round = (value: number) => Math.round(value * 100) / 100;
