// Choice fields for the editor's forms: a checkbox, and a <fieldset> of radio buttons whose
// descriptions are said after each label. A group's problem is described on every radio.
import { h } from "../../dom/elements";
import { problemElement, uniqueId, type Field } from "./fields";

export function checkboxField(options: {
  key: string;
  label: string;
  checked: boolean;
}): Field & { control: HTMLInputElement } {
  const id = uniqueId("field");
  const control = h("input", { type: "checkbox", id, name: options.key });
  control.checked = options.checked;
  const problem = problemElement(id);
  const element = h(
    "div",
    { class: "editor-field editor-check" },
    control,
    h("label", { for: id }, options.label),
    problem,
  );
  return { key: options.key, label: options.label, control, problem, element };
}

export interface RadioChoice {
  value: string;
  label: string;
  /** Said after the label (aria-describedby) and shown under it. */
  description?: string;
  disabled?: boolean;
}

export interface RadioGroup extends Field {
  radios: HTMLInputElement[];
  value(): string;
}

/** A <fieldset> of radio buttons; its problem is described on every radio. */
export function radioGroup(options: {
  key: string;
  legend: string;
  name: string;
  value: string;
  choices: readonly RadioChoice[];
  hint?: string;
}): RadioGroup {
  const id = uniqueId("choice");
  const hint = options.hint
    ? h("p", { id: `${id}-hint`, class: "field-hint" }, options.hint)
    : null;
  const problem = problemElement(id);
  const radios: HTMLInputElement[] = [];
  const rows = options.choices.map((choice, index) => {
    const radioId = `${id}-${index}`;
    const description = choice.description
      ? h("p", { id: `${radioId}-about`, class: "choice-about" }, choice.description)
      : null;
    const radio = h("input", {
      type: "radio",
      id: radioId,
      name: options.name,
      value: choice.value,
      disabled: choice.disabled,
      "aria-describedby": description ? description.id : undefined,
    });
    radio.checked = choice.value === options.value;
    radios.push(radio);
    return h(
      "div",
      { class: "editor-choice" },
      radio,
      h("label", { for: radioId }, choice.label),
      description,
    );
  });
  const element = h(
    "fieldset",
    { class: "editor-fieldset" },
    h("legend", {}, options.legend),
    hint,
    problem,
    ...rows,
  );
  if (hint)
    for (const radio of radios)
      radio.setAttribute(
        "aria-describedby",
        [hint.id, radio.getAttribute("aria-describedby")].filter(Boolean).join(" "),
      );
  return {
    key: options.key,
    label: options.legend,
    // Focus lands on the chosen radio, or the first one that can be chosen.
    get control() {
      return radios.find((r) => r.checked) ?? radios.find((r) => !r.disabled) ?? radios[0]!;
    },
    controls: radios,
    problem,
    element,
    radios,
    value: () => radios.find((r) => r.checked)?.value ?? "",
  };
}
