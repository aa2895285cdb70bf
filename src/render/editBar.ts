// The editor's bar under the header, shown in edit mode: what can be added, what the selection
// allows (edit, delete, merge), undo and redo named after what they undo, re-running the layout,
// and whether the work is saved. DOM only: the authoring controller says what to show and hears
// which button was pressed.
import { h } from "../dom/elements";

export type EditAction =
  | "addActor"
  | "addTie"
  | "sources"
  | "details"
  | "editSelected"
  | "deleteSelected"
  | "merge"
  | "undo"
  | "redo"
  | "relayout";

export interface EditBarState {
  editing: boolean;
  /** "Undo: add tie Bahbah → Witkoff", or undefined when there is nothing to undo. */
  undo: string | undefined;
  redo: string | undefined;
  /** What the selection is, for "Edit Bahbah…" and "Delete Bahbah…". */
  selected: { kind: "actor" | "tie"; name: string } | null;
  /** Enough actors to merge two. */
  canMerge: boolean;
  /** "Saved in this browser 12:04", "Not saved: …" */
  saveStatus: string;
  saveProblem: boolean;
}

export interface EditBar {
  /** The bar (in edit mode) and the toggle (always, in the toolbar). */
  readonly element: HTMLElement;
  readonly toggle: HTMLButtonElement;
  show(state: EditBarState): void;
}

export function createEditBar(
  onAction: (action: EditAction) => void,
  onToggle: () => void,
): EditBar {
  const button = (action: EditAction, text: string, title?: string) => {
    const element = h("button", { type: "button", "data-action": action, title }, text);
    element.addEventListener("click", () => onAction(action));
    return element;
  };
  const toggle = h(
    "button",
    { type: "button", class: "edit-toggle", "aria-pressed": "false" },
    "Edit",
  );
  toggle.addEventListener("click", onToggle);
  const editSelected = button("editSelected", "Edit selected…");
  const deleteSelected = button("deleteSelected", "Delete selected…");
  const merge = button("merge", "Merge actors…");
  const undo = button("undo", "Undo", "Undo (Ctrl+Z)");
  const redo = button("redo", "Redo", "Redo (Ctrl+Shift+Z or Ctrl+Y)");
  const status = h("p", { class: "save-status", role: "status" });
  const element = h(
    "div",
    { class: "edit-bar", role: "toolbar", "aria-label": "Editing", hidden: true },
    h(
      "div",
      { class: "edit-group", role: "group", "aria-label": "Add" },
      button("addActor", "Add actor…"),
      button("addTie", "Add tie…", "Or Shift + drag from one actor to another"),
      button("sources", "Sources…"),
      button("details", "Network details…"),
    ),
    h(
      "div",
      { class: "edit-group", role: "group", "aria-label": "Selection" },
      editSelected,
      deleteSelected,
      merge,
    ),
    h(
      "div",
      { class: "edit-group", role: "group", "aria-label": "History" },
      undo,
      redo,
      button("relayout", "Re-run layout"),
    ),
    status,
  );
  return {
    element,
    toggle,
    show(state) {
      toggle.setAttribute("aria-pressed", String(state.editing));
      toggle.textContent = state.editing ? "Done editing" : "Edit";
      element.hidden = !state.editing;
      undo.textContent = state.undo ?? "Undo";
      undo.disabled = state.undo === undefined;
      redo.textContent = state.redo ?? "Redo";
      redo.disabled = state.redo === undefined;
      const what = state.selected;
      editSelected.textContent = what ? `Edit ${what.kind} ${what.name}…` : "Edit selected…";
      deleteSelected.textContent = what ? `Delete ${what.kind} ${what.name}…` : "Delete selected…";
      editSelected.disabled = deleteSelected.disabled = what === null;
      merge.disabled = !state.canMerge;
      status.textContent = state.saveStatus;
      status.classList.toggle("problem", state.saveProblem);
    },
  };
}
