// Editing, wired: the Edit toggle and the edit bar, the forms in the editor sheet, undo and redo
// (buttons and keys), drawing a tie by Shift + drag, and the arrangement (a drag is a move, a
// released pin a release, "Re-run layout" a new arrangement) — each an undoable edit committed
// through the workspace. The forms (render/editor/) build records; the commands (edit/) make the
// patches; nothing here decides what a valid record is.
import type { Actor, Position, Source, Tie } from "../schema/networkDocument";
import type { Patch } from "../edit/documentPatch";
import {
  addActor,
  addSource,
  addTie,
  arrange,
  deleteActor,
  deleteSource,
  deleteTie,
  mergeActors,
  positionsOp,
  setDetails,
  shortName,
  tieLabel,
  updateActor,
  updateSource,
  updateTie,
} from "../edit/editCommands";
import { createEditBar, type EditAction } from "../render/editBar";
import { createEditorSheet } from "../render/editorSheet";
import type * as EditorForms from "../render/editor/index";
import { attachEditShortcuts } from "../interact/editShortcuts";
import { attachTieDrawing } from "../interact/tieDrawing";
import { newlyTied, placeActors, relayout } from "./placement";
import type { Workspace } from "./workspace";
import type { Explorer } from "./explorerApp";

export interface Authoring {
  readonly toggle: HTMLButtonElement;
  readonly bar: HTMLElement;
  readonly sheet: HTMLElement;
  /** A new explorer is on the page: drawing ties on its picture. */
  attach(explorer: Explorer): void;
  refresh(): void;
  moved(id: string, position: Position): void;
  released(ids: string[]): void;
}

export function createAuthoring(workspace: () => Workspace): Authoring {
  const doc = () => workspace().session().document();
  const sheet = createEditorSheet();
  const bar = createEditBar(act, () => workspace().setEditing(!workspace().editing()));
  let opener: HTMLElement | null = null;

  const announce = (message: string) => workspace().announce(message);
  /** Commits, and says so; the forms show problems themselves. */
  const commit = (patch: Patch) => {
    const problems = workspace().commit(patch);
    if (!problems) announce(`Done: ${patch.label}. Undo with Ctrl+Z.`);
    return problems;
  };
  // The forms load with the first one opened (or with edit mode), not with the page.
  let forms: Promise<typeof EditorForms> | undefined;
  const loadForms = () => (forms ??= import("../render/editor/index"));
  const open = (
    build: (editor: typeof EditorForms, container: HTMLElement, done: () => void) => void,
  ) => {
    // Focus goes back to what opened the sheet, not to a step inside it (list → form → list).
    if (!sheet.isOpen()) opener = window.document.activeElement as HTMLElement | null;
    void loadForms().then((editor) =>
      sheet.show((container) =>
        build(editor, container, () => {
          sheet.hide();
          if (opener?.isConnected) opener.focus();
        }),
      ),
    );
  };

  const selected = () => {
    const selection = workspace().explorer().store.getState().selection;
    if (!selection) return undefined;
    if (selection.kind === "actor") {
      const actor = doc().actors.find((a) => a.id === selection.id);
      return actor && { kind: "actor" as const, actor };
    }
    const tie = doc().ties.find((t) => t.id === selection.id);
    return tie && { kind: "tie" as const, tie };
  };

  const actorForm = (actor?: Actor) =>
    open((editor, container, done) =>
      editor.openActorForm(container, {
        document: doc(),
        ...(actor ? { actor } : {}),
        onSubmit(next) {
          if (actor) return commit(updateActor(doc(), next)) ?? void done();
          const current = doc();
          const withActor = { ...current, actors: [...current.actors, next] };
          const [place] = placeActors(withActor, [next.id], workspace().explorer().positions());
          return commit(addActor(current, next, place?.after)) ?? void done();
        },
        onCancel: done,
      }),
    );

  const tieForm = (tie?: Tie, ends?: { from: string; to: string }) =>
    open((editor, container, done) =>
      editor.openTieForm(container, {
        document: doc(),
        ...(tie ? { tie } : {}),
        ...(ends ?? {}),
        onSubmit(next) {
          if (tie) return commit(updateTie(doc(), next)) ?? void done();
          const current = doc();
          const patch = addTie(current, next);
          // An actor getting its first tie (and placed by no one) moves beside its partner.
          const lonely = newlyTied(current, next.source, next.target);
          const withTie = { ...current, ties: [...current.ties, next] };
          const moves = placeActors(withTie, lonely, workspace().explorer().positions());
          const ops = moves.length ? [...patch.ops, positionsOp(current, moves)] : patch.ops;
          return commit({ label: patch.label, ops }) ?? void done();
        },
        onCancel: done,
      }),
    );

  /** A source's form; from the list of sources, the list comes back when it closes. */
  const sourceForm = (source?: Source, back?: () => void) =>
    open((editor, container, done) =>
      editor.openSourceForm(container, {
        document: doc(),
        ...(source ? { source } : {}),
        onSubmit: (next) =>
          commit(source ? updateSource(doc(), next) : addSource(doc(), next)) ??
          void (back ? back() : done()),
        onCancel: back ?? done,
      }),
    );

  const sources = (): void =>
    open((_editor, container, done) =>
      sheet.sourceList(container, doc().sources, {
        onAdd: () => sourceForm(undefined, sources),
        onEdit: (source) => sourceForm(source, sources),
        onDelete: (source) =>
          open((editor, inner) =>
            editor.openDeleteSourceDialog(inner, {
              document: doc(),
              sourceId: source.id,
              onConfirm: (policy) =>
                commit(deleteSource(doc(), source.id, policy)) ?? void sources(),
              onCancel: sources,
            }),
          ),
        onClose: done,
      }),
    );

  function act(action: EditAction): void {
    const current = selected();
    switch (action) {
      case "addActor":
        return actorForm();
      case "addTie":
        return tieForm();
      case "sources":
        return sources();
      case "details":
        return open((editor, container, done) =>
          editor.openDetailsForm(container, {
            document: doc(),
            onSubmit: (details) => commit(setDetails(doc(), details)) ?? void done(),
            onCancel: done,
          }),
        );
      case "editSelected":
        if (current?.kind === "actor") return actorForm(current.actor);
        if (current?.kind === "tie") return tieForm(current.tie);
        return;
      case "deleteSelected":
        if (current?.kind === "tie") {
          commit(deleteTie(doc(), current.tie.id));
          return;
        }
        if (current?.kind === "actor")
          return open((editor, container, done) =>
            editor.openDeleteActorDialog(container, {
              document: doc(),
              actorId: current.actor.id,
              onConfirm: () => commit(deleteActor(doc(), current.actor.id)) ?? void done(),
              onCancel: done,
            }),
          );
        return;
      case "merge":
        return open((editor, container, done) =>
          editor.openMergeActorsDialog(container, {
            document: doc(),
            ...(current?.kind === "actor" ? { keep: current.actor.id } : {}),
            onConfirm: (keep, drop) => commit(mergeActors(doc(), keep, drop)) ?? void done(),
            onCancel: done,
          }),
        );
      case "undo":
        return step("undo");
      case "redo":
        return step("redo");
      case "relayout":
        announce("Laying the network out again…");
        void relayout(doc()).then((moves) => commit(arrange(doc(), "re-run layout", moves)));
        return;
    }
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
    enabled: () => !sheet.isOpen(),
  });

  let detachDrawing: () => void = () => undefined;

  return {
    toggle: bar.toggle,
    bar: bar.element,
    sheet: sheet.element,
    attach(explorer) {
      detachDrawing();
      detachDrawing = attachTieDrawing(explorer.tieDrawing.svg, explorer.tieDrawing.target, {
        enabled: () => workspace().editing(),
        onDrawn: (from, to) => tieForm(undefined, { from, to }),
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
      sheet.guide(ws.editing() && doc().actors.length === 0 && !sheet.isOpen());
      if (ws.editing()) void loadForms(); // ready before the first form is asked for
    },
    moved(id, position) {
      const ws = workspace();
      // A reader's drag on the published network stays a view of their own, not an edit.
      if (!ws.editing() && !ws.address().net) return;
      const actor = doc().actors.find((a) => a.id === id);
      commit(
        arrange(doc(), `move ${shortName(actor?.name ?? id)}`, [{ id, after: position }], {
          pin: [id],
        }),
      );
    },
    released(ids) {
      const ws = workspace();
      if (!ws.editing() && !ws.address().net) return;
      const pinned = new Set(doc().layout?.pinned ?? []);
      const mine = ids.filter((id) => pinned.has(id));
      if (mine.length === 0) return;
      const moves = placeActors(doc(), mine, ws.explorer().positions());
      const name = doc().actors.find((a) => a.id === mine[0])?.name ?? mine[0]!;
      const label =
        mine.length === 1 ? `release ${shortName(name)}` : `release ${mine.length} pinned actors`;
      commit(arrange(doc(), label, moves, { unpin: mine }));
    },
  };
}
