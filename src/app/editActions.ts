// What the editor's buttons, forms and gestures do, loaded with edit mode or the first edit (not
// with the page), with the editor's sheet where its forms open: each builds a patch with the
// commands (edit/) and commits it through the workspace; new actors are placed beside their ties
// (app/placement.ts). The forms (render/editor/) load with the first one opened or with edit
// mode. app/authoring.ts wires the bar and the keys to these.
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
  updateActor,
  updateSource,
  updateTie,
} from "../edit/editCommands";
import type { EditAction } from "../render/editBar";
import { createEditorSheet } from "../render/editorSheet";
import type * as EditorForms from "../render/editor/index";
import { newlyTied, placeActors, relayout } from "./placement";
import { lazyPart } from "./lazyPart";
import type { Workspace } from "./workspace";

export interface EditActions {
  /** A button of the edit bar (undo and redo are the bar's own). */
  act(action: Exclude<EditAction, "undo" | "redo">): void;
  /** The tie form with From and To filled in (Shift + drag from one actor to another). */
  drawnTie(ends: { from: string; to: string }): void;
  moved(id: string, position: Position): void;
  released(ids: string[]): void;
  /** Starts loading the forms, so they are there before the first is asked for. */
  loadForms(): void;
  /** Whether a form (or the list of sources) is open in the sheet. */
  sheetOpen(): boolean;
  /** Shows the short guide an empty network gets in edit mode (not over an open form). */
  guide(on: boolean): void;
}

type Selected = { kind: "actor"; actor: Actor } | { kind: "tie"; tie: Tie } | undefined;

export function createEditActions(parts: {
  workspace: () => Workspace;
  /** Puts the editor's sheet on the page (once, when it is made). */
  mount: (sheet: HTMLElement) => void;
  selected: () => Selected;
  /** A part that could not be loaded (the forms): said in the page's alert. */
  failed: (error: unknown) => void;
  loadForms: () => Promise<typeof EditorForms>;
}): EditActions {
  const { workspace, selected } = parts;
  const sheet = createEditorSheet();
  parts.mount(sheet.element);
  const doc = () => workspace().session().document();
  let opener: HTMLElement | null = null;

  const announce = (message: string) => workspace().announce(message);
  /** Commits, and says so; the forms show problems themselves. */
  const commit = (patch: Patch) => {
    const problems = workspace().commit(patch);
    if (!problems) announce(`Done: ${patch.label}. Undo with Ctrl+Z.`);
    return problems;
  };
  const forms = lazyPart(parts.loadForms);
  const open = (
    build: (editor: typeof EditorForms, container: HTMLElement, done: () => void) => void,
  ) => {
    // Focus goes back to what opened the sheet, not to a step inside it (list → form → list).
    if (!sheet.isOpen()) opener = window.document.activeElement as HTMLElement | null;
    forms.with(
      (editor) =>
        sheet.show((container) =>
          build(editor, container, () => {
            sheet.hide();
            if (opener?.isConnected) opener.focus();
          }),
        ),
      parts.failed,
    );
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

  function act(action: Exclude<EditAction, "undo" | "redo">): void {
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
      case "relayout":
        announce("Laying the network out again…");
        void relayout(doc()).then((moves) => commit(arrange(doc(), "re-run layout", moves)));
        return;
    }
  }

  return {
    act,
    drawnTie: (ends) => tieForm(undefined, ends),
    moved(id, position) {
      const actor = doc().actors.find((a) => a.id === id);
      commit(
        arrange(doc(), `move ${shortName(actor?.name ?? id)}`, [{ id, after: position }], {
          pin: [id],
        }),
      );
    },
    released(ids) {
      const pinned = new Set(doc().layout?.pinned ?? []);
      const mine = ids.filter((id) => pinned.has(id));
      if (mine.length === 0) return;
      const moves = placeActors(doc(), mine, workspace().explorer().positions());
      const name = doc().actors.find((a) => a.id === mine[0])?.name ?? mine[0]!;
      const label =
        mine.length === 1 ? `release ${shortName(name)}` : `release ${mine.length} pinned actors`;
      commit(arrange(doc(), label, moves, { unpin: mine }));
    },
    loadForms: () => void forms.load().catch(() => undefined),
    sheetOpen: () => sheet.isOpen(),
    guide: (on) => sheet.guide(on && !sheet.isOpen()),
  };
}
