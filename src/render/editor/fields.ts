// The editor's form fields: a label, an optional hint, the control and the place its problem is
// shown, wired together by ids (label for, aria-describedby) so a screen reader hears all three.
// Builds DOM only with dom/elements' h: user text goes in as text, never as markup.
import { h } from "../../dom/elements";

let counter = 0;
/** A document-unique id for a form part. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${++counter}`;
}

/** The most a field takes when typed or pasted into (maxlength); a record's own value may be longer. */
export const LIMITS = {
  /** A name, title, role, publisher, attribution or label: one line of words. */
  line: 1_000,
  /** A description, summary or note; a list of aliases or links, one per line. */
  text: 20_000,
  url: 2_048,
  date: 10,
  year: 4,
  count: 24,
  /** The schema's own limit for a quote. */
  quote: 160,
} as const;

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** One field of a form, as the problem display sees it. */
export interface Field {
  /** The record path it edits ("name", "evidence[0].quote"). */
  key: string;
  /** Its label, for the error summary. */
  label: string;
  /** The element that takes focus (and aria-invalid, unless `controls` says otherwise). */
  control: HTMLElement;
  /** Every element that carries aria-invalid and points at the problem (a group's radios). */
  controls?: readonly HTMLElement[];
  problem: HTMLElement;
  /** A one-per-line list: a problem at `links[2]` is shown as "line 3: …". */
  lines?: boolean;
  /** The field's wrapper (hidden with it). */
  element: HTMLElement;
}

export interface TextFieldOptions {
  key: string;
  label: string;
  value?: string;
  hint?: string;
  /** The id of a hint shared with other fields (shown once, above them). */
  sharedHint?: string;
  /** Rows of a <textarea>; a single-line <input> when absent. */
  rows?: number;
  maxLength: number;
  type?: "text" | "url" | "date" | "month";
  inputMode?: "text" | "numeric" | "decimal" | "url";
  placeholder?: string;
  required?: boolean;
  /** Extra class on the wrapper. */
  className?: string;
  /** One item per line (aliases, links). */
  lines?: boolean;
}

export interface TextField extends Field {
  control: HTMLInputElement | HTMLTextAreaElement;
  /** The value the field opened with: only a changed value is held to the field's limit. */
  initial: string;
}

function labelText(label: string, required: boolean | undefined): (string | Node)[] {
  return required ? [label, h("span", { class: "required-mark" }, " (required)")] : [label];
}

export function problemElement(id: string): HTMLElement {
  return h("p", { id: `${id}-problem`, class: "field-problem", hidden: true });
}

export function textField(options: TextFieldOptions): TextField {
  const id = uniqueId("field");
  const hint = options.hint
    ? h("p", { id: `${id}-hint`, class: "field-hint" }, options.hint)
    : null;
  const attributes = {
    id,
    name: options.key,
    maxlength: options.maxLength,
    autocomplete: "off",
    placeholder: options.placeholder,
    inputmode: options.inputMode,
    "aria-required": options.required ? "true" : undefined,
    "aria-describedby": [hint?.id, options.sharedHint].filter(Boolean).join(" ") || undefined,
  };
  const control =
    options.rows !== undefined
      ? h("textarea", { ...attributes, rows: options.rows })
      : h("input", { ...attributes, type: options.type ?? "text" });
  control.value = options.value ?? "";
  const problem = problemElement(id);
  // A paste cut short by maxlength would otherwise lose text without a word.
  const limitNote = h("p", { class: "field-hint field-limit", "aria-live": "polite" });
  control.addEventListener("input", () => {
    limitNote.textContent =
      control.value.length >= options.maxLength
        ? `This field holds at most ${options.maxLength.toLocaleString("en")} characters.`
        : "";
  });
  const element = h(
    "div",
    { class: `editor-field${options.className ? ` ${options.className}` : ""}` },
    h("label", { for: id }, ...labelText(options.label, options.required)),
    hint,
    control,
    limitNote,
    problem,
  );
  return {
    key: options.key,
    label: options.label,
    control,
    problem,
    element,
    initial: control.value,
    ...(options.lines ? { lines: true } : {}),
  };
}

/** A field's own problem if its changed value is longer than it may be (e.g. a 5 MB paste). */
export function lengthProblem(field: TextField): string | undefined {
  const max = Number(field.control.getAttribute("maxlength"));
  const length = field.control.value.length;
  if (field.control.value === field.initial || !(length > max)) return undefined;
  return `is ${length.toLocaleString("en")} characters long; this field holds at most ${max.toLocaleString("en")}`;
}

/** Problems of text fields whose changed value is longer than the field holds. */
export function lengthProblems(fields: readonly TextField[]): { path: string; message: string }[] {
  return fields.flatMap((field) => {
    const message = lengthProblem(field);
    return message ? [{ path: field.key, message }] : [];
  });
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldOptions {
  key: string;
  label: string;
  value: string;
  /** Options, or labelled groups of options (<optgroup>). */
  options: readonly SelectOption[] | readonly { group: string; options: readonly SelectOption[] }[];
  hint?: string;
  required?: boolean;
}

function optionElement(option: SelectOption, value: string): HTMLOptionElement {
  return h("option", { value: option.value, selected: option.value === value }, option.label);
}

export function selectField(options: SelectFieldOptions): Field & { control: HTMLSelectElement } {
  const id = uniqueId("field");
  const hint = options.hint
    ? h("p", { id: `${id}-hint`, class: "field-hint" }, options.hint)
    : null;
  const children = options.options.map((entry) =>
    "group" in entry
      ? h(
          "optgroup",
          { label: entry.group },
          ...entry.options.map((option) => optionElement(option, options.value)),
        )
      : optionElement(entry, options.value),
  );
  const control = h(
    "select",
    {
      id,
      name: options.key,
      "aria-required": options.required ? "true" : undefined,
      "aria-describedby": hint ? hint.id : undefined,
    },
    children, // a list, not ...children: a network may have 100,000 sources to choose from
  );
  control.value = options.value;
  const problem = problemElement(id);
  const element = h(
    "div",
    { class: "editor-field" },
    h("label", { for: id }, ...labelText(options.label, options.required)),
    hint,
    control,
    problem,
  );
  return {
    key: options.key,
    label: options.label,
    control,
    problem,
    element,
  };
}
