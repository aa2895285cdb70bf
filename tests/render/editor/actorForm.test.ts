// @vitest-environment jsdom
// The actor form: filled by label, submitted, problems shown at their fields in words.
import { describe, expect, it, vi } from "vitest";
import { openActorForm } from "../../../src/render/editor/actorForm";
import { addActor, updateActor } from "../../../src/edit/editCommands";
import { commitPatch } from "../../../src/edit/commitEdit";
import type { Actor } from "../../../src/schema/networkDocument";
import { chainWithParallels } from "../../fixtures/documents";
import {
  alertText,
  button,
  byLabel,
  fill,
  formNamed,
  freshContainer,
  press,
  problemOf,
} from "./formHelpers";

describe("the actor form", () => {
  it("adds an actor from what is typed into its labelled fields", () => {
    const container = freshContainer();
    const onSubmit = vi.fn((_actor: Actor) => undefined);
    openActorForm(container, { document: chainWithParallels(), onSubmit, onCancel: () => {} });
    const form = formNamed(container, "Add actor");
    expect(document.activeElement).toBe(byLabel(form, "Name"));
    fill(form, "Name", "  Steve Witkoff ");
    fill(form, "Kind", "government");
    fill(form, "Role", "U.S. special envoy");
    fill(form, "Aliases", "Witkoff\nSteven Witkoff\n");
    fill(form, "Affiliations", "White House");
    fill(form, "Description", "Trump's envoy.");
    fill(form, "Links", "https://example.org/witkoff");
    button(form, "Add actor").click();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]![0]).toStrictEqual({
      id: "steve-witkoff",
      name: "Steve Witkoff",
      kind: "government",
      role: "U.S. special envoy",
      aliases: ["Witkoff", "Steven Witkoff"],
      affiliations: ["White House"],
      description: "Trump's envoy.",
      links: ["https://example.org/witkoff"],
    });
    // Committed: the form is gone.
    expect(container.querySelector("form")).toBeNull();
  });

  it("edits an actor: its fields are filled in and its id and attributes stay", () => {
    const doc = chainWithParallels();
    const bravo: Actor = { ...doc.actors[1]!, attributes: { party: "x" } };
    const container = freshContainer();
    const onSubmit = vi.fn((_actor: Actor) => undefined);
    openActorForm(container, { document: doc, actor: bravo, onSubmit, onCancel: () => {} });
    const form = formNamed(container, "Edit actor");
    expect(byLabel(form, "Name").value).toBe("Bravo");
    expect(byLabel(form, "Aliases").value).toBe("B");
    fill(form, "Name", "Bravo Two");
    button(form, "Save actor").click();
    expect(onSubmit.mock.calls[0]![0]).toStrictEqual({
      id: "b",
      name: "Bravo Two",
      kind: "person",
      aliases: ["B"],
      attributes: { party: "x" },
    });
  });

  it("shows the commit's problems at their fields, with a summary, and focuses the first", () => {
    const doc = chainWithParallels();
    const container = freshContainer();
    let calls = 0;
    openActorForm(container, {
      document: doc,
      // The integrator's side: commit the edit, return its problems.
      onSubmit: (actor) => {
        calls++;
        const result = commitPatch(doc, addActor(doc, actor));
        return result.ok ? undefined : result.problems;
      },
      onCancel: () => {},
    });
    const form = formNamed(container, "Add actor");
    fill(form, "Name", "   ");
    button(form, "Add actor").click();
    expect(calls).toBe(1);
    const name = byLabel(form, "Name");
    expect(problemOf(name)).toBe("name must not be empty");
    expect(alertText(form)).toContain("Name: name must not be empty");
    expect(document.activeElement).toBe(name);
    expect(byLabel(form, "Role").getAttribute("aria-invalid")).toBeNull();
    // Fixed and sent again: committed, and the form closes.
    fill(form, "Name", "Delta");
    button(form, "Add actor").click();
    expect(container.querySelector("form")).toBeNull();
  });

  it("refuses a javascript: link at the field without calling onSubmit", () => {
    const container = freshContainer();
    const onSubmit = vi.fn(() => undefined);
    openActorForm(container, { document: chainWithParallels(), onSubmit, onCancel: () => {} });
    const form = formNamed(container, "Add actor");
    fill(form, "Links", "https://example.org/ok\njavascript:alert(1)");
    button(form, "Add actor").click();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(problemOf(byLabel(form, "Links"))).toBe("line 2: only http(s) links are accepted");
    // The empty name shows in the same round, and comes first.
    expect(problemOf(byLabel(form, "Name"))).toBe("name must not be empty");
    expect(document.activeElement).toBe(byLabel(form, "Name"));
  });

  it("shows a schema problem on a list item at its line", () => {
    const container = freshContainer();
    openActorForm(container, {
      document: chainWithParallels(),
      onSubmit: () => [{ path: "actors[3].aliases[1]", message: "alias must not be empty" }],
      onCancel: () => {},
    });
    const form = formNamed(container, "Add actor");
    fill(form, "Name", "Delta");
    button(form, "Add actor").click();
    expect(problemOf(byLabel(form, "Aliases"))).toBe("line 2: alias must not be empty");
  });

  it("says a pasted 5 MB text is too long instead of sending it on", () => {
    const container = freshContainer();
    const onSubmit = vi.fn(() => undefined);
    openActorForm(container, { document: chainWithParallels(), onSubmit, onCancel: () => {} });
    const form = formNamed(container, "Add actor");
    fill(form, "Name", "Delta");
    fill(form, "Description", "x".repeat(5 * 1024 * 1024));
    button(form, "Add actor").click();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(problemOf(byLabel(form, "Description"))).toBe(
      "is 5,242,880 characters long; this field holds at most 20,000",
    );
  });

  it("keeps a 10,000-character name it was given, and markup in names stays text", () => {
    const doc = chainWithParallels();
    const long: Actor = { id: "b", name: `<b>${"n".repeat(10_000)}</b>`, kind: "person" };
    const container = freshContainer();
    const onSubmit = vi.fn((_actor: Actor) => undefined);
    openActorForm(container, { document: doc, actor: long, onSubmit, onCancel: () => {} });
    const form = formNamed(container, "Edit actor");
    expect(byLabel(form, "Name").value).toBe(long.name);
    expect(form.querySelector("b")).toBeNull();
    button(form, "Save actor").click();
    expect(onSubmit.mock.calls[0]![0].name).toBe(long.name);
    expect(commitPatch(doc, updateActor(doc, onSubmit.mock.calls[0]![0])).ok).toBe(true);
  });

  it("Cancel and Escape close the form and say so", () => {
    for (const how of ["button", "escape"] as const) {
      const container = freshContainer();
      const onCancel = vi.fn();
      openActorForm(container, {
        document: chainWithParallels(),
        onSubmit: () => undefined,
        onCancel,
      });
      const form = formNamed(container, "Add actor");
      if (how === "button") button(form, "Cancel").click();
      else press(byLabel(form, "Role"), "Escape");
      expect(onCancel).toHaveBeenCalledTimes(1);
      expect(container.querySelector("form")).toBeNull();
    }
  });
});
