// "Network details": the network's title, description and the date it describes the world as of.
import type { NetworkDetails } from "../../edit/documentPatch";
import { detailsForm, detailsFromForm } from "../../edit/recordForms";
import type { NetworkDocument } from "../../schema/networkDocument";
import { lengthProblems, LIMITS, textField } from "./fields";
import { createFormShell, type EditorHandle, type SubmitResult } from "./formShell";

export interface DetailsFormOptions {
  document: NetworkDocument;
  onSubmit(details: NetworkDetails): SubmitResult;
  onCancel(): void;
}

export function openDetailsForm(container: HTMLElement, options: DetailsFormOptions): EditorHandle {
  const { document: doc } = options;
  const before: NetworkDetails = { title: doc.title };
  if (doc.description !== undefined) before.description = doc.description;
  if (doc.asOf !== undefined) before.asOf = doc.asOf;
  const start = detailsForm(before);
  const title = textField({
    key: "title",
    label: "Title",
    value: start.title,
    maxLength: LIMITS.line,
    required: true,
  });
  const description = textField({
    key: "description",
    label: "Description",
    value: start.description,
    rows: 4,
    maxLength: LIMITS.text,
    hint: "What the network shows and where it comes from.",
  });
  const asOf = textField({
    key: "asOf",
    label: "As of",
    value: start.asOf,
    maxLength: LIMITS.date,
    placeholder: "2025-05-13",
    hint: "The date the network describes the world as of: YYYY, YYYY-MM or YYYY-MM-DD.",
  });
  const fields = [title, description, asOf];
  const shell = createFormShell({
    container,
    title: "Network details",
    submitLabel: "Save details",
    className: "details-form",
    onCancel: options.onCancel,
    onSubmit() {
      const own = lengthProblems(fields);
      if (own.length) return own;
      const form = {
        title: title.control.value,
        description: description.control.value,
        asOf: asOf.control.value,
      };
      return options.onSubmit(detailsFromForm(form, before));
    },
  });
  for (const field of fields) {
    shell.add(field);
    shell.body.append(field.element);
  }
  title.control.focus();
  return { element: shell.form, close: shell.close };
}
