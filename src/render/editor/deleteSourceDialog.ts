// "Delete source": a source still cited as evidence cannot go without a choice of what happens
// to that evidence: move it to another source, or remove it (the ties left with no evidence at
// all are listed, and deleted with it). Nothing is deleted until a choice is made.
import { h } from "../../dom/elements";
import {
  shortName,
  tiesCiting,
  tiesLeftWithoutEvidence,
  type EvidencePolicy,
} from "../../edit/editCommands";
import type { NetworkDocument } from "../../schema/networkDocument";
import { radioGroup } from "./choiceFields";
import { QUOTED_NAME } from "./deleteActorDialog";
import { selectField, uniqueId } from "./fields";
import { createFormShell, type EditorHandle, type SubmitResult } from "./formShell";
import { tieListElement } from "./tieList";
import { counted } from "../../view/counts";

export interface DeleteSourceOptions {
  document: NetworkDocument;
  sourceId: string;
  /** Delete it; the policy is undefined when no tie cites the source. */
  onConfirm(policy: EvidencePolicy | undefined): SubmitResult;
  onCancel(): void;
}

export function openDeleteSourceDialog(
  container: HTMLElement,
  options: DeleteSourceOptions,
): EditorHandle {
  const { document: doc } = options;
  const source = doc.sources.find((s) => s.id === options.sourceId);
  if (!source) throw new RangeError(`no source "${options.sourceId}"`);
  const citing = tiesCiting(doc, source.id);
  const orphaned = tiesLeftWithoutEvidence(doc, source.id);
  const others = doc.sources.filter((s) => s.id !== source.id);

  const choice = radioGroup({
    key: "evidence",
    legend: "What happens to that evidence",
    name: "evidence-policy",
    value: "",
    choices: [
      {
        value: "reassign",
        label: "Move that evidence to another source",
        ...(others.length ? {} : { description: "There is no other source to move it to." }),
        disabled: others.length === 0,
      },
      {
        value: "remove",
        label: "Remove that evidence",
        description: orphaned.length
          ? `${counted(orphaned.length, "tie")} would be left with no evidence and ${orphaned.length === 1 ? "is" : "are"} deleted with it:`
          : "Every tie that cites it keeps other evidence.",
      },
    ],
  });
  const target = selectField({
    key: "to",
    label: "Move it to",
    value: "",
    options: [
      { value: "", label: "Choose a source…" },
      ...others.map((s) => ({
        value: s.id,
        label: `${shortName(s.publisher, 40)}: ${shortName(s.title, 60)}`,
      })),
    ],
  });
  const [reassign, remove] = choice.radios;
  if (orphaned.length && remove) {
    const list = tieListElement(doc, orphaned, { id: uniqueId("orphaned") });
    remove.parentElement!.append(list);
    remove.setAttribute(
      "aria-describedby",
      `${remove.getAttribute("aria-describedby")} ${list.id}`,
    );
  }
  reassign?.parentElement!.after(target.element);
  const showTarget = () => {
    target.element.hidden = !reassign?.checked;
  };
  for (const radio of choice.radios) radio.addEventListener("change", showTarget);
  showTarget();

  const shell = createFormShell({
    container,
    title: "Delete source",
    submitLabel: "Delete source",
    danger: true,
    className: "confirm-dialog",
    onCancel: options.onCancel,
    onSubmit() {
      if (citing.length === 0) return options.onConfirm(undefined);
      const chosen = choice.value();
      if (chosen === "remove") return options.onConfirm({ evidence: "remove" });
      if (chosen !== "reassign")
        return [{ path: "evidence", message: "choose what happens to the evidence that cites it" }];
      if (target.control.value === "")
        return [{ path: "to", message: "choose the source to move the evidence to" }];
      return options.onConfirm({ evidence: "reassign", to: target.control.value });
    },
  });
  const title = `“${shortName(source.title, QUOTED_NAME)}” (${shortName(source.publisher, 60)})`;
  const content = h("div", {}, h("p", { class: "confirm-question" }, `Delete ${title}?`));
  if (citing.length) {
    shell.add(choice);
    shell.add(target);
    content.append(
      h(
        "p",
        {},
        `It is evidence for ${counted(citing.length, "tie")}. Choose what happens to that evidence:`,
      ),
      choice.element,
    );
  } else content.append(h("p", {}, "No tie cites it as evidence."));
  content.append(h("p", { class: "field-hint" }, "You can undo this."));
  shell.body.append(content);
  shell.heading.focus();
  return { element: shell.form, close: shell.close };
}
