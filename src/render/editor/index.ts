// The editor's forms and dialogs (issue 11), as DOM modules for app/ to wire.
//
// Contract. Every opener takes a container element and an options object:
//   openX(container, { document, …, onSubmit | onConfirm, onCancel }): EditorHandle
// - It replaces the container's children with a <form> named by its heading (role "form" with
//   that name), focuses the first field (a confirmation focuses its heading) and returns
//   { element, close }.
// - onSubmit(record) receives the record as filled in: an Actor, Tie or Source (a new one with a
//   fresh id from newId; an edited one keeps its id and the fields the form does not show), or
//   NetworkDetails. The caller builds the patch (addActor/updateActor, addTie/updateTie,
//   addSource/updateSource, setDetails), commits it with commitPatch and returns
//     undefined           → committed: the form removes itself;
//     result.problems     → not committed: each problem is shown at its field (paths as
//                           commitPatch gives them, e.g. `ties[4].target` or
//                           `actors[3].aliases[1]`, the record prefix is ignored), in the
//                           schema's words, with an error summary (role=alert) and focus on the
//                           first invalid field. Problems the form cannot place are listed in the
//                           summary.
//   The form checks what it can first and then does not call onSubmit: unmade choices (From,
//   To, an evidence source), a count that is not a number, links and URLs that are not http(s),
//   a changed value longer than its field holds (a 5 MB paste).
// - Dialogs call onConfirm: openDeleteActorDialog → onConfirm() (deleteActor);
//   openDeleteSourceDialog → onConfirm(policy) with an EvidencePolicy when ties cite the source
//   (deleteSource), undefined when none does; openMergeActorsDialog → onConfirm(keepId, dropId)
//   (mergeActors). They return problems or undefined like onSubmit.
// - onCancel() is called after the form removed itself (Cancel button or Escape; Escape first
//   closes an open combobox list). Returning focus to where the user was is the caller's job.
// - Tie form: openTieForm(container, { document, tie?, from?, to?, … }); openDrawnTieForm is the
//   entry point for a tie drawn by dragging from one actor to another (From and To set, focus on
//   Kind).
export { openActorForm, type ActorFormOptions } from "./actorForm";
export { openTieForm, openDrawnTieForm, type TieFormOptions } from "./tieForm";
export { openSourceForm, type SourceFormOptions } from "./sourceForm";
export { openDetailsForm, type DetailsFormOptions } from "./detailsForm";
export { openDeleteActorDialog, type DeleteActorOptions } from "./deleteActorDialog";
export { openDeleteSourceDialog, type DeleteSourceOptions } from "./deleteSourceDialog";
export { openMergeActorsDialog, describeMerge, type MergeActorsOptions } from "./mergeActorsDialog";
export type { EditorHandle, SubmitResult } from "./formShell";
