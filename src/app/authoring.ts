// Editing, wired: the Edit toggle and the edit bar, undo and redo (buttons and keys), drawing a
// tie by Shift + drag, and the arrangement (a drag is a move, a released pin a release, "Re-run
// layout" a new arrangement) — each an undoable edit committed through the workspace. What the
// buttons, forms and gestures do (app/editActions.ts, with the editor's sheet, the commands of
// edit/ and the forms of render/editor/) loads with edit mode or the first edit, not with the
// page; if it cannot be loaded the page's alert says so. Nothing here decides what a valid record
// is.
import type { Position } from "../schema/networkDocument";
import { shortName, tieLabel } from "../edit/recordNames";
import { createEditBar, type EditAction } from "../render/editBar";
import { attachEditShortcuts } from "../interact/editShortcuts";
import { attachTieDrawing } from "../interact/tieDrawing";
import type { EditActions } from "./editActions";
import { lazyPart } from "./lazyPart";
import { partFault } from "./faults";
import { fetchWhenIdle } from "./deferredModules";
import type { Workspace } from "./workspace";
import type { Explorer } from "./explorerApp";

export interface Authoring {
  readonly toggle: HTMLButtonElement;
  readonly bar: HTMLElement;
  /** A new explorer is on the page: drawing ties on its picture. */
  attach(explorer: Explorer): void;
  refresh(): void;
  moved(id: string, position: Position): void;
  released(ids: string[]): void;
}

const loadActions = () => import("./editActions");
const loadForms = () => import("../render/editor/index");

export function createAuthoring(
  workspace: () => Workspace,
  /** Puts the editor's sheet on the page, once it is made. */
  mount: (sheet: HTMLElement) => void,
): Authoring {
  const doc = () => workspace().session().document();
  const bar = createEditBar(act, () => workspace().setEditing(!workspace().editing()));

  const announce = (message: string) => workspace().announce(message);
  const failed = (error: unknown) => {
    const { message, action } = partFault("The editor", error);
    workspace().explorer().alert(message, action);
  };
  const actions = lazyPart(() =>
    loadActions().then(({ createEditActions }) =>
      createEditActions({ workspace, mount, selected, failed, loadForms }),
    ),
  );
  // Fetched while the page is idle, so editing works offline too.
  fetchWhenIdle(loadActions);
  fetchWhenIdle(loadForms);
  const withActions = (use: (loaded: EditActions) => void) => actions.with(use, failed);

  function selected() {
    const selection = workspace().explorer().store.getState().selection;
    if (!selection) return undefined;
    if (selection.kind === "actor") {
      const actor = doc().actors.find((a) => a.id === selection.id);
      return actor && { kind: "actor" as const, actor };
    }
    const tie = doc().ties.find((t) => t.id === selection.id);
    return tie && { kind: "tie" as const, tie };
  }

  function act(action: EditAction): void {
    if (action === "undo" || action === "redo") return step(action);
    withActions((loaded) => loaded.act(action));
  }

  function step(kind: "undo" | "redo"): void {
    const session = workspace().session();
    const label = kind === "undo" ? session.undoLabel() : session.redoLabel();
    if (!label) return;
    if (kind === "undo") workspace().undo();
    else workspace().redo();
    announce(`${kind === "undo" ? "Undone" : "Redone"}: ${label.replace(/^(Undo|Redo): /, "")}`);
  }

  attachEditShortcuts(window.document, {
    undo: () => step("undo"),
    redo: () => step("redo"),
    enabled: () => !actions.ready()?.sheetOpen(),
  });

  let detachDrawing: () => void = () => undefined;
  /** Whether a move or a release is an edit: in edit mode, or on a network of the user's own. */
  const arranging = () => workspace().editing() || workspace().address().net !== undefined;

  return {
    toggle: bar.toggle,
    bar: bar.element,
    attach(explorer) {
      detachDrawing();
      detachDrawing = attachTieDrawing(explorer.tieDrawing.svg, explorer.tieDrawing.target, {
        enabled: () => workspace().editing(),
        onDrawn: (from, to) => withActions((loaded) => loaded.drawnTie({ from, to })),
      });
    },
    refresh() {
      const ws = workspace();
      const current = selected();
      const session = ws.session();
      const status = ws.saveStatus();
      bar.show({
        editing: ws.editing(),
        undo: session.undoLabel(),
        redo: session.redoLabel(),
        selected: current
          ? current.kind === "actor"
            ? { kind: "actor", name: shortName(current.actor.name) }
            : { kind: "tie", name: tieLabel(doc(), current.tie) }
          : null,
        canMerge: doc().actors.length >= 2,
        saveStatus: status.text,
        saveProblem: status.problem,
      });
      // An empty network in edit mode shows a short guide; the forms are ready before the first
      // edit is asked for.
      const guide = () => workspace().editing() && doc().actors.length === 0;
      actions.ready()?.guide(guide());
      if (ws.editing())
        void actions.load().then(
          (loaded) => {
            loaded.guide(guide());
            loaded.loadForms();
          },
          () => undefined, // said when an edit is asked for
        );
      else if (arranging()) void actions.load().catch(() => undefined);
    },
    moved(id, position) {
      // A reader's drag on the published network stays a view of their own, not an edit.
      if (arranging()) withActions((loaded) => loaded.moved(id, position));
    },
    released(ids) {
      if (arranging()) withActions((loaded) => loaded.released(ids));
    },
  };
}
