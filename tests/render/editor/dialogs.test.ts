// @vitest-environment jsdom
// The confirmations: deleting an actor lists its ties; deleting a cited source needs a choice
// for its evidence; merging says what moves.
import { describe, expect, it, vi } from "vitest";
import {
  describeMerge,
  openDeleteActorDialog,
  openDeleteSourceDialog,
  openMergeActorsDialog,
} from "../../../src/render/editor";
import { commitPatch } from "../../../src/edit/commitEdit";
import { deleteSource, mergeActors } from "../../../src/edit/editCommands";
import type { EvidencePolicy } from "../../../src/edit/editCommands";
import type { NetworkDocument, Tie } from "../../../src/schema/networkDocument";
import { chainWithParallels } from "../../fixtures/documents";
import {
  alertText,
  button,
  byLabel,
  check,
  fill,
  formNamed,
  freshContainer,
  press,
  problemOf,
} from "./formHelpers";

const evidence = [{ source: "report", attribution: "an aide said" }];

/** A hub with 47 ties to 47 others, and a name full of markup. */
function hubNetwork(): NetworkDocument {
  const others = Array.from({ length: 47 }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    kind: "person" as const,
  }));
  return {
    format: "backchannel/1",
    title: "Hub",
    sources: [{ id: "report", publisher: "Daily", title: "A report" }],
    actors: [{ id: "hub", name: '<img src=x onerror="alert(1)">Hub', kind: "media" }, ...others],
    ties: others.map((p, i): Tie => ({
      id: `t${i}`,
      source: "hub",
      target: p.id,
      kind: "call",
      summary: "s",
      evidence,
      ...(i === 0 ? { time: { start: "2025-04-22" } } : {}),
    })),
  };
}

describe("delete actor", () => {
  it("lists the first ten ties that go with it and says how many more", () => {
    const doc = hubNetwork();
    const container = freshContainer();
    const onConfirm = vi.fn(() => undefined);
    openDeleteActorDialog(container, {
      document: doc,
      actorId: "hub",
      onConfirm,
      onCancel: () => {},
    });
    const form = formNamed(container, "Delete actor");
    expect(document.activeElement).toBe(form.querySelector("h2"));
    const items = [...form.querySelectorAll(".tie-list li")].map((li) => li.textContent);
    expect(items).toHaveLength(11);
    // Names are cut to fit a line: the markup is shown as the text it is.
    expect(items[0]).toBe('<img src=x onerror="alert(1)">H… → Person 0: call, 22 April 2025');
    expect(items[1]).toBe('<img src=x onerror="alert(1)">H… → Person 1: call, undated');
    expect(items[10]).toBe("and 37 more");
    expect(form.textContent).toContain("47 ties go with it:");
    // Markup in a name is text, never elements.
    expect(form.querySelector("img")).toBeNull();
    button(form, "Delete actor").click();
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(container.querySelector("form")).toBeNull();
  });

  it("says when an actor has no ties, and Cancel deletes nothing", () => {
    const doc = {
      ...chainWithParallels(),
      actors: [...chainWithParallels().actors, { id: "d", name: "Delta", kind: "other" as const }],
    };
    const container = freshContainer();
    const onConfirm = vi.fn(() => undefined);
    const onCancel = vi.fn();
    openDeleteActorDialog(container, { document: doc, actorId: "d", onConfirm, onCancel });
    const form = formNamed(container, "Delete actor");
    expect(form.textContent).toContain("Delete “Delta”?It has no ties.");
    button(form, "Cancel").click();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it("shows a failed commit's problems in its summary", () => {
    const doc = chainWithParallels();
    const container = freshContainer();
    openDeleteActorDialog(container, {
      document: doc,
      actorId: "b",
      onConfirm: () => [{ path: "", message: "the network could not be saved" }],
      onCancel: () => {},
    });
    const form = formNamed(container, "Delete actor");
    expect(form.textContent).toContain("4 ties go with it:");
    button(form, "Delete actor").click();
    expect(alertText(form)).toBe("There is a problem:the network could not be saved");
  });
});

/** Two sources; t1 cites only "report", t2 both, t3 only "other". */
function twoSources(): NetworkDocument {
  const doc = chainWithParallels();
  return {
    ...doc,
    sources: [...doc.sources, { id: "other", publisher: "Weekly", title: "Another report" }],
    ties: [
      { ...doc.ties[0]!, evidence },
      { ...doc.ties[1]!, evidence: [...evidence, { source: "other", attribution: "x" }] },
      { ...doc.ties[2]!, evidence: [{ source: "other", attribution: "y" }] },
    ],
  };
}

describe("delete source", () => {
  it("cannot proceed without a choice for the evidence that cites it", () => {
    const container = freshContainer();
    const onConfirm = vi.fn((_policy: EvidencePolicy | undefined) => undefined);
    openDeleteSourceDialog(container, {
      document: twoSources(),
      sourceId: "report",
      onConfirm,
      onCancel: () => {},
    });
    const form = formNamed(container, "Delete source");
    expect(form.textContent).toContain("It is evidence for 2 ties.");
    button(form, "Delete source").click();
    expect(onConfirm).not.toHaveBeenCalled();
    const move = byLabel(form, "Move that evidence to another source");
    expect(problemOf(move)).toBe("choose what happens to the evidence that cites it");
    expect(problemOf(byLabel(form, "Remove that evidence"))).toBe(
      "choose what happens to the evidence that cites it",
    );
    expect(document.activeElement).toBe(move);
  });

  it("moves the evidence to the chosen source", () => {
    const doc = twoSources();
    const container = freshContainer();
    let next: NetworkDocument | undefined;
    openDeleteSourceDialog(container, {
      document: doc,
      sourceId: "report",
      onConfirm: (policy) => {
        const result = commitPatch(doc, deleteSource(doc, "report", policy));
        if (!result.ok) return result.problems;
        next = result.document;
        return undefined;
      },
      onCancel: () => {},
    });
    const form = formNamed(container, "Delete source");
    const target = byLabel(form, "Move it to");
    expect(target.closest(".editor-field")!.hasAttribute("hidden")).toBe(true);
    check(form, "Move that evidence to another source");
    expect(target.closest(".editor-field")!.hasAttribute("hidden")).toBe(false);
    button(form, "Delete source").click();
    expect(problemOf(target)).toBe("choose the source to move the evidence to");
    fill(form, "Move it to", "other");
    button(form, "Delete source").click();
    expect(container.querySelector("form")).toBeNull();
    expect(next?.sources.map((s) => s.id)).toEqual(["other"]);
    expect(next?.ties[0]!.evidence).toEqual([{ source: "other", attribution: "an aide said" }]);
  });

  it("removing the evidence lists the ties left with none, which are deleted", () => {
    const doc = twoSources();
    const container = freshContainer();
    const onConfirm = vi.fn((_policy: EvidencePolicy | undefined) => undefined);
    openDeleteSourceDialog(container, {
      document: doc,
      sourceId: "report",
      onConfirm,
      onCancel: () => {},
    });
    const form = formNamed(container, "Delete source");
    const remove = byLabel(form, "Remove that evidence");
    const described = (remove.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent)
      .join(" ");
    expect(described).toBe(
      "1 tie would be left with no evidence and is deleted with it: Alpha → Bravo: message, 22 April 2025",
    );
    check(form, "Remove that evidence");
    button(form, "Delete source").click();
    expect(onConfirm).toHaveBeenCalledWith({ evidence: "remove" });
  });

  it("a source no tie cites is deleted with no choice to make; moving is impossible with no other source", () => {
    const doc = twoSources();
    const uncited = { ...doc, ties: doc.ties.slice(2) };
    const container = freshContainer();
    const onConfirm = vi.fn((_policy: EvidencePolicy | undefined) => undefined);
    openDeleteSourceDialog(container, {
      document: uncited,
      sourceId: "report",
      onConfirm,
      onCancel: () => {},
    });
    const form = formNamed(container, "Delete source");
    expect(form.textContent).toContain("No tie cites it as evidence.");
    button(form, "Delete source").click();
    expect(onConfirm).toHaveBeenCalledWith(undefined);

    const single = chainWithParallels();
    const again = freshContainer();
    openDeleteSourceDialog(again, {
      document: single,
      sourceId: "report",
      onConfirm,
      onCancel: () => {},
    });
    const move = byLabel(formNamed(again, "Delete source"), "Move that evidence to another source");
    expect((move as HTMLInputElement).disabled).toBe(true);
    expect(again.textContent).toContain("There is no other source to move it to.");
  });
});

describe("merge actors", () => {
  it("says what moves, and merges the one chosen into the one kept", () => {
    const doc = chainWithParallels();
    const container = freshContainer();
    let next: NetworkDocument | undefined;
    openMergeActorsDialog(container, {
      document: doc,
      onConfirm: (keep, drop) => {
        const result = commitPatch(doc, mergeActors(doc, keep, drop));
        if (!result.ok) return result.problems;
        next = result.document;
        return undefined;
      },
      onCancel: () => {},
    });
    const form = formNamed(container, "Merge actors");
    const keep = byLabel(form, "Actor to keep") as HTMLInputElement;
    expect(document.activeElement).toBe(keep);
    keep.value = "charlei";
    keep.dispatchEvent(new Event("input"));
    press(keep, "Enter");
    expect(keep.value).toBe("Charlie");
    const drop = byLabel(form, "Actor to merge into it") as HTMLInputElement;
    drop.value = "alpha";
    drop.dispatchEvent(new Event("input"));
    press(drop, "Enter");
    expect(form.querySelector(".merge-summary")!.textContent).toBe(
      "2 ties move from “Alpha” to “Charlie”.Alias added to “Charlie”: “Alpha”.“Alpha” is then removed.",
    );
    button(form, "Merge actors").click();
    expect(container.querySelector("form")).toBeNull();
    expect(next?.actors.find((a) => a.id === "c")?.aliases).toEqual(["Alpha"]);
    expect(next?.ties.filter((t) => t.source === "c").map((t) => t.id)).toEqual(["t1", "t2", "t4"]);
  });

  it("refuses the same actor twice, and says how ties between the two end up", () => {
    const doc = chainWithParallels();
    expect(describeMerge(doc, "a", "b")).toEqual([
      "4 ties move from “Bravo” to “Alpha”.",
      "2 ties between them become a tie of “Alpha” with itself.",
      "Aliases added to “Alpha”: “Bravo”, “B”.",
      "“Bravo” is then removed.",
    ]);
    const container = freshContainer();
    const onConfirm = vi.fn(() => undefined);
    openMergeActorsDialog(container, {
      document: doc,
      keep: "a",
      drop: "a",
      onConfirm,
      onCancel: () => {},
    });
    const form = formNamed(container, "Merge actors");
    button(form, "Merge actors").click();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(problemOf(byLabel(form, "Actor to merge into it"))).toBe("choose two different actors");
  });
});
