// "Add source" / "Edit source": publisher, title, date, URL (http(s) only, refused at the field)
// and the outlet the source cites. The source's notes, not in the form, are kept.
import { newId } from "../../edit/editCommands";
import { sourceForm, sourceFromForm } from "../../edit/recordForms";
import {
  HttpUrlSchema,
  SourceSchema,
  type NetworkDocument,
  type Source,
} from "../../schema/networkDocument";
import { lengthProblems, LIMITS, textField } from "./fields";
import { withSchemaProblems } from "./formChecks";
import { createFormShell, type EditorHandle, type SubmitResult } from "./formShell";

export interface SourceFormOptions {
  document: NetworkDocument;
  /** The source to edit; absent: a new source. */
  source?: Source;
  /** The source as filled in (a new one gets a fresh id from its publisher and date). */
  onSubmit(source: Source): SubmitResult;
  onCancel(): void;
}

export function openSourceForm(container: HTMLElement, options: SourceFormOptions): EditorHandle {
  const { source, document: doc } = options;
  const start = sourceForm(source);
  const publisher = textField({
    key: "publisher",
    label: "Publisher",
    value: start.publisher,
    maxLength: LIMITS.line,
    required: true,
    hint: "The outlet that published it, e.g. “Quds News Network”.",
  });
  const title = textField({
    key: "title",
    label: "Title",
    value: start.title,
    maxLength: LIMITS.line,
    required: true,
  });
  const date = textField({
    key: "date",
    label: "Date",
    value: start.date,
    maxLength: LIMITS.date,
    placeholder: "2025-05-13",
    hint: "YYYY, YYYY-MM or YYYY-MM-DD.",
  });
  const url = textField({
    key: "url",
    label: "URL",
    value: start.url,
    type: "url",
    inputMode: "url",
    maxLength: LIMITS.url,
    placeholder: "https://",
    hint: "Only http:// or https:// links.",
  });
  const cites = textField({
    key: "cites",
    label: "Cites",
    value: start.cites,
    maxLength: LIMITS.line,
    hint: "The outlet it cites for its reporting, e.g. “Axios”.",
  });
  const fields = [publisher, title, date, url, cites];

  const shell = createFormShell({
    container,
    title: source ? "Edit source" : "Add source",
    submitLabel: source ? "Save source" : "Add source",
    className: "source-form",
    onCancel: options.onCancel,
    onSubmit() {
      const form = {
        publisher: publisher.control.value,
        title: title.control.value,
        date: date.control.value,
        url: url.control.value,
        cites: cites.control.value,
      };
      const own = lengthProblems(fields);
      const link = form.url.trim();
      if (link && !HttpUrlSchema.safeParse(link).success)
        own.push({ path: "url", message: "only http(s) links are accepted" });
      if (own.length)
        return withSchemaProblems(own, SourceSchema, sourceFromForm(form, "new", source));
      const id =
        source?.id ?? newId(doc, "sources", `${form.publisher} ${form.date.trim() || form.title}`);
      return options.onSubmit(sourceFromForm(form, id, source));
    },
  });
  for (const field of fields) {
    shell.add(field);
    shell.body.append(field.element);
  }
  publisher.control.focus();
  return { element: shell.form, close: shell.close };
}
