// Undo and redo as two stacks of committed patches: undo applies a patch's inverse and moves it
// to the redo stack; a new edit clears the redo stack. Pure and immutable.
import type { NetworkDocument } from "../schema/networkDocument";
import { applyPatch, invertPatch, type Patch } from "./documentPatch";

export interface EditHistory {
  readonly past: readonly Patch[];
  readonly future: readonly Patch[];
}

/** How many steps are kept; the oldest are forgotten first. */
export const HISTORY_LIMIT = 500;

export const EMPTY_HISTORY: EditHistory = { past: [], future: [] };

export function recordPatch(history: EditHistory, patch: Patch): EditHistory {
  const past = [...history.past, patch];
  return { past: past.length > HISTORY_LIMIT ? past.slice(-HISTORY_LIMIT) : past, future: [] };
}

export interface Step {
  document: NetworkDocument;
  history: EditHistory;
  /** The patch that was undone or redone, for messages ("Undid: add tie …"). */
  patch: Patch;
}

export function undo(document: NetworkDocument, history: EditHistory): Step | undefined {
  const patch = history.past.at(-1);
  if (!patch) return undefined;
  return {
    document: applyPatch(document, invertPatch(patch)),
    history: { past: history.past.slice(0, -1), future: [...history.future, patch] },
    patch,
  };
}

export function redo(document: NetworkDocument, history: EditHistory): Step | undefined {
  const patch = history.future.at(-1);
  if (!patch) return undefined;
  return {
    document: applyPatch(document, patch),
    history: { past: [...history.past, patch], future: history.future.slice(0, -1) },
    patch,
  };
}

/** "Undo: add tie Bahbah → Witkoff", or undefined when there is nothing to undo. */
export function undoLabel(history: EditHistory): string | undefined {
  const patch = history.past.at(-1);
  return patch && `Undo: ${patch.label}`;
}

export function redoLabel(history: EditHistory): string | undefined {
  const patch = history.future.at(-1);
  return patch && `Redo: ${patch.label}`;
}
