// @vitest-environment jsdom
// Every editor form and dialog passes axe-core's checks (labels, names, ARIA use), with and
// without problems shown. Colour contrast needs a real browser: the screenshots cover the look.
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import {
  openActorForm,
  openDeleteActorDialog,
  openDeleteSourceDialog,
  openDetailsForm,
  openMergeActorsDialog,
  openSourceForm,
  openTieForm,
} from "../../../src/render/editor";
import { seedJson } from "../../fixtures/documents";
import { formNamed, freshContainer, press } from "./formHelpers";

const doc = seedJson();
const noop = () => {};
const fail = () => [{ path: "x", message: "always" }];

const openers: [string, (container: HTMLElement) => void][] = [
  ["Add actor", (c) => openActorForm(c, { document: doc, onSubmit: fail, onCancel: noop })],
  [
    "Edit tie",
    (c) => openTieForm(c, { document: doc, tie: doc.ties[0]!, onSubmit: fail, onCancel: noop }),
  ],
  ["Add tie", (c) => openTieForm(c, { document: doc, onSubmit: fail, onCancel: noop })],
  ["Add source", (c) => openSourceForm(c, { document: doc, onSubmit: fail, onCancel: noop })],
  ["Network details", (c) => openDetailsForm(c, { document: doc, onSubmit: fail, onCancel: noop })],
  [
    "Delete actor",
    (c) =>
      openDeleteActorDialog(c, {
        document: doc,
        actorId: "hamas",
        onConfirm: fail,
        onCancel: noop,
      }),
  ],
  [
    "Delete source",
    (c) =>
      openDeleteSourceDialog(c, {
        document: doc,
        sourceId: doc.sources[0]!.id,
        onConfirm: fail,
        onCancel: noop,
      }),
  ],
  [
    "Merge actors",
    (c) => openMergeActorsDialog(c, { document: doc, onConfirm: fail, onCancel: noop }),
  ],
];

async function violations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

describe("the editor's accessibility", () => {
  it("axe finds a field without a label here (the check can fail)", async () => {
    const container = freshContainer();
    container.append(document.createElement("input"));
    expect(await violations(document.body)).toContain("label: input");
  });

  it.each(openers)(
    "%s has no axe violations, before and after a failed submit",
    async (name, openIt) => {
      const container = freshContainer();
      openIt(container);
      const form = formNamed(container, name);
      expect(await violations(document.body)).toEqual([]);
      const combobox = form.querySelector('[role="combobox"]');
      if (combobox) press(combobox, "ArrowDown");
      expect(await violations(document.body)).toEqual([]);
      if (combobox) press(combobox, "Escape");
      form.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
      expect(form.querySelector('[role="alert"]')!.textContent).not.toBe("");
      expect(await violations(document.body)).toEqual([]);
    },
  );
});
