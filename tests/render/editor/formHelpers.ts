// Finding and filling the editor's forms the way a person does: by label, by button text, by role.
import { expect } from "vitest";

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const visibleText = (element: Element) =>
  (element.textContent ?? "").replace(" (required)", "").replace(/\s+/g, " ").trim();

/** The control a <label> with exactly this text (the "(required)" mark aside) names. */
export function byLabel(root: ParentNode, text: string): Control {
  const labels = [...root.querySelectorAll("label")].filter((l) => visibleText(l) === text);
  expect(labels, `one label "${text}"`).toHaveLength(1);
  const control = labels[0]!.control;
  expect(control, `a control for "${text}"`).toBeTruthy();
  return control as Control;
}

/** Types a value into a field (as a paste would) and tells its listeners. */
export function fill(root: ParentNode, label: string, value: string): Control {
  const control = byLabel(root, label);
  control.value = value;
  control.dispatchEvent(new Event("input", { bubbles: true }));
  control.dispatchEvent(new Event("change", { bubbles: true }));
  return control;
}

export function check(root: ParentNode, label: string, checked = true): void {
  const control = byLabel(root, label) as HTMLInputElement;
  if (control.checked !== checked) control.click();
}

export function button(root: ParentNode, text: string): HTMLButtonElement {
  const buttons = [...root.querySelectorAll("button")].filter((b) => visibleText(b) === text);
  expect(buttons, `one button "${text}"`).toHaveLength(1);
  return buttons[0]!;
}

/** The form named by its heading (aria-labelledby), as a screen reader lists it. */
export function formNamed(root: ParentNode, name: string): HTMLFormElement {
  const forms = [...root.querySelectorAll("form")].filter((form) => {
    const heading = document.getElementById(form.getAttribute("aria-labelledby") ?? "");
    return heading !== null && visibleText(heading) === name;
  });
  expect(forms, `one form "${name}"`).toHaveLength(1);
  return forms[0]!;
}

export function press(target: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

/** The problem text a control points at (aria-describedby), when it is marked invalid. */
export function problemOf(control: Element): string | undefined {
  if (control.getAttribute("aria-invalid") !== "true") return undefined;
  const ids = (control.getAttribute("aria-describedby") ?? "").split(/\s+/);
  const problem = ids
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains("field-problem"));
  return problem?.textContent ?? undefined;
}

export function alertText(root: ParentNode): string {
  return root.querySelector('[role="alert"]')?.textContent ?? "";
}

/** A fresh container in the page (focus only moves inside the document). */
export function freshContainer(): HTMLElement {
  document.body.replaceChildren();
  const container = document.createElement("div");
  document.body.append(container);
  return container;
}
