// "Merge actors": two entries for the same person or body become one. The user chooses the actor
// to keep and the one to merge into it; the dialog says what moves (ties, names that become
// aliases, fields taken over) as mergeActors will do it, before anything changes.
import { h } from "../../dom/elements";
import { mergeActors, shortName, tiesOfActor } from "../../edit/editCommands";
import type { Actor, NetworkDocument } from "../../schema/networkDocument";
import { actorCombobox } from "./actorCombobox";
import { createFormShell, type EditorHandle, type SubmitResult } from "./formShell";
import { counted } from "../../view/counts";

export interface MergeActorsOptions {
  document: NetworkDocument;
  /** Preselected: the actor to keep and the one merged into it. */
  keep?: string;
  drop?: string;
  onConfirm(keepId: string, dropId: string): SubmitResult;
  onCancel(): void;
}

const quoted = (actor: Actor) => `“${shortName(actor.name, 80)}”`;

/** What merging `drop` into `keep` moves, in words. */
export function describeMerge(doc: NetworkDocument, keepId: string, dropId: string): string[] {
  const keep = doc.actors.find((a) => a.id === keepId);
  const drop = doc.actors.find((a) => a.id === dropId);
  if (!keep || !drop) return [];
  const ties = tiesOfActor(doc, dropId);
  const between = ties.filter((t) => t.source === keepId || t.target === keepId).length;
  const patch = mergeActors(doc, keepId, dropId);
  const merged = patch.ops.flatMap((op) =>
    op.op === "replace" && op.collection === "actors" ? [op.after] : [],
  )[0];
  const before = new Set(keep.aliases ?? []);
  const aliases = (merged?.aliases ?? []).filter((alias) => !before.has(alias));
  const lines = [
    ties.length
      ? `${counted(ties.length, "tie")} ${ties.length === 1 ? "moves" : "move"} from ${quoted(drop)} to ${quoted(keep)}.`
      : `${quoted(drop)} has no ties to move.`,
  ];
  if (between)
    lines.push(
      `${counted(between, "tie")} between them become${between === 1 ? "s" : ""} a tie of ${quoted(keep)} with itself.`,
    );
  if (aliases.length)
    lines.push(
      `${aliases.length === 1 ? "Alias" : "Aliases"} added to ${quoted(keep)}: ${aliases.map((a) => `“${shortName(a, 60)}”`).join(", ")}.`,
    );
  const taken = (["role", "description", "affiliations", "links"] as const).filter(
    (key) => keep[key] === undefined && merged?.[key] !== undefined,
  );
  if (taken.length) lines.push(`${quoted(keep)} takes over its ${taken.join(", ")}.`);
  lines.push(`${quoted(drop)} is then removed.`);
  return lines;
}

export function openMergeActorsDialog(
  container: HTMLElement,
  options: MergeActorsOptions,
): EditorHandle {
  const { document: doc } = options;
  const summary = h("div", { class: "merge-summary", "aria-live": "polite" });
  const update = () => {
    const [k, d] = [keep.value(), drop.value()];
    const lines = k && d && k !== d ? describeMerge(doc, k, d) : [];
    summary.replaceChildren(...lines.map((line) => h("p", {}, line)));
  };
  const keep = actorCombobox({
    key: "keep",
    label: "Actor to keep",
    document: doc,
    required: true,
    onChange: () => update(),
    ...(options.keep ? { value: options.keep } : {}),
  });
  const drop = actorCombobox({
    key: "drop",
    label: "Actor to merge into it",
    document: doc,
    required: true,
    hint: "This entry is removed; its ties and names move to the actor kept.",
    onChange: () => update(),
    ...(options.drop ? { value: options.drop } : {}),
  });
  const shell = createFormShell({
    container,
    title: "Merge actors",
    submitLabel: "Merge actors",
    className: "confirm-dialog merge-dialog",
    onCancel: options.onCancel,
    onSubmit() {
      const [k, d] = [keep.value(), drop.value()];
      const problems = [];
      if (!k) problems.push({ path: "keep", message: "choose the actor to keep" });
      if (!d) problems.push({ path: "drop", message: "choose the actor to merge into it" });
      if (problems.length) return problems;
      if (k === d) return [{ path: "drop", message: "choose two different actors" }];
      return options.onConfirm(k, d);
    },
  });
  shell.add(keep);
  shell.add(drop);
  shell.body.append(
    h("p", {}, "Two entries for the same person or body become one."),
    keep.element,
    drop.element,
    summary,
  );
  update();
  (keep.value() ? drop.control : keep.control).focus();
  return { element: shell.form, close: shell.close };
}
