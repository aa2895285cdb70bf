// "Delete actor": says which ties go with the actor (the first ten, then "and 37 more") before
// anything is deleted. A real form: Delete actor submits, Cancel or Escape backs out.
import { h } from "../../dom/elements";
import { shortName, tiesOfActor } from "../../edit/editCommands";
import type { NetworkDocument } from "../../schema/networkDocument";
import { createFormShell, type EditorHandle, type SubmitResult } from "./formShell";
import { tieListElement } from "./tieList";
import { counted } from "../../view/counts";

export interface DeleteActorOptions {
  document: NetworkDocument;
  actorId: string;
  /** Delete it (and its ties); returns the commit's problems, or undefined once done. */
  onConfirm(): SubmitResult;
  onCancel(): void;
}

/** The longest name a sentence quotes; the full name is in the form the user came from. */
export const QUOTED_NAME = 120;

export function openDeleteActorDialog(
  container: HTMLElement,
  options: DeleteActorOptions,
): EditorHandle {
  const { document: doc } = options;
  const actor = doc.actors.find((a) => a.id === options.actorId);
  if (!actor) throw new RangeError(`no actor "${options.actorId}"`);
  const ties = tiesOfActor(doc, actor.id);
  const shell = createFormShell({
    container,
    title: "Delete actor",
    submitLabel: "Delete actor",
    danger: true,
    className: "confirm-dialog",
    onCancel: options.onCancel,
    onSubmit: () => options.onConfirm(),
  });
  shell.body.append(
    h(
      "div",
      {},
      h("p", { class: "confirm-question" }, `Delete “${shortName(actor.name, QUOTED_NAME)}”?`),
      ties.length
        ? h("p", {}, `${counted(ties.length, "tie")} ${ties.length === 1 ? "goes" : "go"} with it:`)
        : h("p", {}, "It has no ties."),
      ties.length ? tieListElement(doc, ties) : null,
      h("p", { class: "field-hint" }, "You can undo this."),
    ),
  );
  shell.heading.focus();
  return { element: shell.form, close: shell.close };
}
