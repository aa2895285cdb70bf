// "Add tie" / "Edit tie": From and To (actor comboboxes), kind (grouped by family), direction,
// time, count, status (with the editor's note for inferred), summary and evidence. Drawing a tie
// from one actor to another opens the same form with From and To set (openDrawnTieForm).
import { h } from "../../dom/elements";
import { checkTieForm, tieForm, tieFromForm, type TieForm } from "../../edit/recordForms";
import { newId } from "../../edit/editCommands";
import { TieSchema, type NetworkDocument, type Tie } from "../../schema/networkDocument";
import {
  ACTION_TIE_KINDS,
  COMMUNICATION_TIE_KINDS,
  OTHER_TIE_KINDS,
  STRUCTURAL_TIE_KINDS,
  TIE_KIND_LABELS,
  TIE_KINDS,
  isOneOf,
  type TieKind,
} from "../../schema/vocabulary";
import { actorCombobox } from "./actorCombobox";
import { evidenceRows, firstEvidence } from "./evidenceRows";
import { checkboxField, radioGroup } from "./choiceFields";
import { lengthProblems, LIMITS, selectField, textField, uniqueId, type Field } from "./fields";
import { withSchemaProblems } from "./formChecks";
import { createFormShell, type EditorHandle, type SubmitResult } from "./formShell";
import { tieStatusFields } from "./tieStatusFields";
import { tieTimeFields } from "./tieTimeFields";

export interface TieFormOptions {
  document: NetworkDocument;
  /** The tie to edit; absent: a new tie. */
  tie?: Tie;
  /** A new tie's ends, e.g. from dragging one actor onto another. */
  from?: string;
  to?: string;
  /** The tie as filled in (a new one gets a fresh id). */
  onSubmit(tie: Tie): SubmitResult;
  onCancel(): void;
}

const kindOptions = (kinds: readonly TieKind[]) =>
  kinds.map((kind) => ({ value: kind, label: TIE_KIND_LABELS[kind] }));

export function openTieForm(container: HTMLElement, options: TieFormOptions): EditorHandle {
  const { document: doc, tie } = options;
  const start: TieForm = tie
    ? tieForm(tie)
    : {
        ...tieForm({ source: options.from ?? "", target: options.to ?? "" }),
        evidence: firstEvidence(doc),
      };
  const fields: Field[] = [];
  const endsHint = h(
    "p",
    { id: uniqueId("ends-hint"), class: "field-hint" },
    "Type a name, then choose from the list (arrow keys and Enter).",
  );
  const from = actorCombobox({
    key: "source",
    label: "From",
    document: doc,
    value: start.source,
    required: true,
    sharedHint: endsHint.id,
  });
  const to = actorCombobox({
    key: "target",
    label: "To",
    document: doc,
    value: start.target,
    required: true,
    sharedHint: endsHint.id,
  });
  const swap = h("button", { type: "button", class: "link subtle" }, "Swap From and To");
  swap.addEventListener("click", () => {
    const [a, b] = [from.value(), to.value()];
    from.choose(b);
    to.choose(a);
  });
  const kind = selectField({
    key: "kind",
    label: "Kind",
    value: start.kind,
    options: [
      { group: "Communication", options: kindOptions(COMMUNICATION_TIE_KINDS) },
      { group: "Structural", options: kindOptions(STRUCTURAL_TIE_KINDS) },
      { group: "Action", options: kindOptions(ACTION_TIE_KINDS) },
      { group: "Other", options: kindOptions(OTHER_TIE_KINDS) },
    ],
  });
  const wording = textField({
    key: "label",
    label: "In the source's words",
    value: start.label,
    maxLength: LIMITS.line,
    hint: "Optional: the report's or file's own word for it (“phoned”), shown beside the kind.",
  });
  const direction = radioGroup({
    key: "directed",
    legend: "Direction",
    name: "directed",
    value: start.directed ? "directed" : "undirected",
    choices: [
      { value: "directed", label: "Directed: from From to To" },
      {
        value: "undirected",
        label: "No single direction",
        description: "Passed between them, e.g. messages exchanged by both sides.",
      },
    ],
  });
  const time = tieTimeFields(start.time);
  const count = textField({
    key: "count.value",
    label: "Number",
    value: start.count,
    maxLength: LIMITS.count,
    inputMode: "decimal",
    placeholder: "20",
  });
  const unit = textField({
    key: "count.unit",
    label: "Unit",
    value: start.countUnit,
    maxLength: LIMITS.line,
    placeholder: "messages",
  });
  const countApproximate = checkboxField({
    key: "count.approximate",
    label: "Approximate (“around 20”)",
    checked: start.countApproximate,
  });
  const status = tieStatusFields(start);
  const summary = textField({
    key: "summary",
    label: "Summary",
    value: start.summary,
    rows: 3,
    maxLength: LIMITS.text,
    hint: "What happened, in our own words.",
  });

  const shell = createFormShell({
    container,
    title: tie ? "Edit tie" : "Add tie",
    submitLabel: tie ? "Save tie" : "Add tie",
    className: "tie-form",
    onCancel: options.onCancel,
    resolve: (path) => time.resolve(path),
    onSubmit() {
      const form: TieForm = {
        source: from.value(),
        target: to.value(),
        kind: isOneOf(TIE_KINDS, kind.control.value) ? kind.control.value : start.kind,
        label: wording.control.value,
        directed: direction.value() !== "undirected",
        time: time.read(),
        count: count.control.value,
        countUnit: unit.control.value,
        countApproximate: countApproximate.control.checked,
        ...status.read(),
        summary: summary.control.value,
        evidence: evidence.read(),
      };
      const texts = [
        wording,
        ...time.texts,
        count,
        unit,
        status.note,
        summary,
        ...evidence.texts(),
      ];
      const own = [...lengthProblems(texts), ...checkTieForm(form)];
      if (own.length) return withSchemaProblems(own, TieSchema, tieFromForm(form, "new", tie));
      const id = tie?.id ?? newId(doc, "ties", `${form.source} ${form.kind} ${form.target}`);
      return options.onSubmit(tieFromForm(form, id, tie));
    },
  });
  const evidence = evidenceRows(shell, doc, start.evidence);
  fields.push(from, to, kind, wording, direction, ...time.fields, count, unit, countApproximate);
  fields.push(status.status, status.note, summary);
  for (const field of fields) shell.add(field);
  shell.body.append(
    endsHint,
    h("div", { class: "editor-row ends" }, from.element, to.element),
    swap,
    kind.element,
    wording.element,
    direction.element,
    time.element,
    h(
      "fieldset",
      { class: "editor-fieldset count-fields" },
      h("legend", {}, "Count (optional)"),
      h("div", { class: "editor-row" }, count.element, unit.element),
      countApproximate.element,
    ),
    status.element,
    summary.element,
    evidence.element,
  );
  // Drawn between two actors: the ends are set, so the next choice is the kind.
  (from.value() && to.value() && !tie ? kind.control : from.control).focus();
  return { element: shell.form, close: shell.close };
}

/** The form for a tie drawn by dragging from one actor to another: From and To are set. */
export function openDrawnTieForm(
  container: HTMLElement,
  options: Omit<TieFormOptions, "tie"> & { from: string; to: string },
): EditorHandle {
  return openTieForm(container, options);
}
