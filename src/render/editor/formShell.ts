// The frame every editor form and dialog shares: a real <form> named by its heading, an error
// summary (role=alert) that lists what stops the submit, each problem shown at its field
// (aria-invalid + aria-describedby), focus on the first invalid field, and Submit/Cancel buttons
// with visible text. Escape cancels. Problems arrive with commitPatch's paths (`ties[4].target`).
import { h } from "../../dom/elements";
import type { Problem } from "../../schema/parseDocument";
import { uniqueId, type Field } from "./fields";

/** What a form's onSubmit returns: the commit's problems, or undefined (or none) once committed. */
export type SubmitResult = readonly Problem[] | undefined;

export interface FormShellOptions {
  container: HTMLElement;
  title: string;
  submitLabel: string;
  onCancel(): void;
  /** Called on submit; returns problems to show, or undefined to close the form. */
  onSubmit(): SubmitResult;
  /** A problem's path (record prefix removed) → the key of the field that shows it. */
  resolve?(path: string): string | undefined;
  className?: string;
  /** A destructive submit (delete) is styled as such. */
  danger?: boolean;
}

export interface FormShell {
  form: HTMLFormElement;
  heading: HTMLElement;
  /** Where the form's fields go. */
  body: HTMLElement;
  add(field: Field): void;
  remove(key: string): void;
  showProblems(problems: readonly Problem[]): void;
  clearProblems(): void;
  close(): void;
}

/** The handle an opener returns. */
export interface EditorHandle {
  element: HTMLFormElement;
  close(): void;
}

const RECORD_PREFIX = /^(actors|ties|sources)\[\d+\]\.?/;
const MAX_MESSAGE = 300;

function shorten(message: string): string {
  return message.length <= MAX_MESSAGE ? message : `${message.slice(0, MAX_MESSAGE - 1)}…`;
}

/** "links[2]" → "links" with the line; "time.start" → "time" when only "time" exists. */
function fieldFor(
  fields: ReadonlyMap<string, Field>,
  path: string,
): { field: Field; line?: number } | undefined {
  let key = path;
  let line: number | undefined;
  for (;;) {
    const field = fields.get(key);
    // Only a one-per-line list says which line; other fields take the message as it is.
    if (field) return line !== undefined && field.lines ? { field, line } : { field };
    const match = /^(.*?)(?:\[(\d+)\]|\.[^.[\]]+)$/.exec(key);
    if (!match || match[1] === undefined || match[1] === "") return undefined;
    if (match[2] !== undefined) line = Number(match[2]) + 1;
    key = match[1];
  }
}

export function createFormShell(options: FormShellOptions): FormShell {
  const headingId = uniqueId("form-title");
  const heading = h("h2", { id: headingId, tabindex: "-1" }, options.title);
  const summary = h("div", { class: "editor-summary", role: "alert" });
  const body = h("div", { class: "editor-body" });
  const submit = h(
    "button",
    { type: "submit", class: options.danger ? "primary danger" : "primary" },
    options.submitLabel,
  );
  const cancel = h("button", { type: "button" }, "Cancel");
  const form = h(
    "form",
    {
      class: `editor-form${options.className ? ` ${options.className}` : ""}`,
      "aria-labelledby": headingId,
      novalidate: true,
    },
    heading,
    summary,
    body,
    h("div", { class: "editor-actions" }, submit, cancel),
  );
  const fields = new Map<string, Field>();
  const baseDescriptions = new WeakMap<HTMLElement, string>();
  const targetsOf = (field: Field): readonly HTMLElement[] => field.controls ?? [field.control];

  const markField = (field: Field, messages: readonly string[]) => {
    field.problem.textContent = messages.join("; ");
    field.problem.hidden = messages.length === 0;
    for (const target of targetsOf(field)) {
      if (!baseDescriptions.has(target))
        baseDescriptions.set(target, target.getAttribute("aria-describedby") ?? "");
      const base = baseDescriptions.get(target) ?? "";
      const ids = messages.length ? [field.problem.id, base] : [base];
      const describedBy = ids.filter(Boolean).join(" ");
      if (describedBy) target.setAttribute("aria-describedby", describedBy);
      else target.removeAttribute("aria-describedby");
      if (messages.length) target.setAttribute("aria-invalid", "true");
      else target.removeAttribute("aria-invalid");
    }
  };

  const clearProblems = () => {
    summary.replaceChildren();
    for (const field of fields.values()) markField(field, []);
  };

  const showProblems = (problems: readonly Problem[]) => {
    clearProblems();
    if (problems.length === 0) return;
    const byField = new Map<Field, string[]>();
    const items: { item: HTMLElement; field?: Field }[] = [];
    for (const problem of problems) {
      const path = problem.path.replace(RECORD_PREFIX, "");
      const key = options.resolve?.(path) ?? path;
      // A field the form does not show now (another precision's date) is named in the summary.
      const located = fieldFor(fields, key);
      const found = located && !located.field.element.closest("[hidden]") ? located : undefined;
      const message = shorten(
        found?.line !== undefined ? `line ${found.line}: ${problem.message}` : problem.message,
      );
      if (!found) {
        items.push({ item: h("li", {}, path ? `${path}: ${message}` : message) });
        continue;
      }
      const { field } = found;
      byField.set(field, [...(byField.get(field) ?? []), message]);
      const link = h("a", { href: `#${field.control.id}` }, `${field.label}: ${message}`);
      link.addEventListener("click", (event) => {
        event.preventDefault();
        field.control.focus();
      });
      items.push({ item: h("li", {}, link), field });
    }
    for (const [field, messages] of byField) markField(field, messages);
    // The summary reads in the form's order (problems it cannot place last), and focus goes to
    // the first invalid field.
    const before = (a: Field, b: Field) =>
      a === b
        ? 0
        : a.control.compareDocumentPosition(b.control) & Node.DOCUMENT_POSITION_FOLLOWING
          ? -1
          : 1;
    items.sort((a, b) =>
      a.field && b.field ? before(a.field, b.field) : a.field ? -1 : b.field ? 1 : 0,
    );
    const count = problems.length;
    summary.replaceChildren(
      h(
        "p",
        { class: "summary-title" },
        count === 1 ? "There is a problem:" : `There are ${count} problems:`,
      ),
      h("ul", {}, ...items.map(({ item }) => item)),
    );
    (items[0]?.field?.control ?? heading).focus();
  };

  const close = () => form.remove();

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const problems = options.onSubmit();
    if (problems === undefined || problems.length === 0) close();
    else showProblems(problems);
  });
  cancel.addEventListener("click", () => {
    close();
    options.onCancel();
  });
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    close();
    options.onCancel();
  });

  options.container.replaceChildren(form);
  return {
    form,
    heading,
    body,
    add(field) {
      fields.set(field.key, field);
    },
    remove(key) {
      fields.delete(key);
    },
    showProblems,
    clearProblems,
    close,
  };
}
