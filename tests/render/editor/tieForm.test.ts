// @vitest-environment jsdom
// The tie form: actor comboboxes by keyboard, the time precision model, status with its note,
// evidence rows, and problems from the commit shown at their fields.
import { describe, expect, it, vi } from "vitest";
import { openDrawnTieForm, openTieForm } from "../../../src/render/editor/tieForm";
import { addTie, updateTie } from "../../../src/edit/editCommands";
import { commitPatch } from "../../../src/edit/commitEdit";
import type { NetworkDocument, Tie } from "../../../src/schema/networkDocument";
import { chainWithParallels, seedJson } from "../../fixtures/documents";
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

function seed(): NetworkDocument {
  const doc = seedJson();
  return {
    ...doc,
    sources: [
      ...doc.sources,
      { id: "axios", publisher: "Axios", title: "Scoop: the back channel", date: "2025-05-13" },
    ],
  };
}

const options = (box: Element) => [
  ...document
    .getElementById(box.getAttribute("aria-controls")!)!
    .querySelectorAll('[role="option"]'),
];

/** Types into a combobox as a person would, one input event for the text. */
function typeInto(box: HTMLInputElement, text: string): void {
  box.focus();
  box.value = text;
  box.dispatchEvent(new Event("input", { bubbles: true }));
}

function open(doc: NetworkDocument, extra: Partial<Parameters<typeof openTieForm>[1]> = {}) {
  const container = freshContainer();
  const onSubmit = vi.fn(
    (_tie: Tie): ReturnType<Parameters<typeof openTieForm>[1]["onSubmit"]> => undefined,
  );
  const onCancel = vi.fn();
  openTieForm(container, { document: doc, onSubmit, onCancel, ...extra });
  return { container, onSubmit, onCancel };
}

describe("the actor comboboxes", () => {
  it("find actors with typos, move with the arrow keys, choose with Enter", () => {
    const { container } = open(seed());
    const form = formNamed(container, "Add tie");
    const from = byLabel(form, "From") as HTMLInputElement;
    expect(from.getAttribute("role")).toBe("combobox");
    expect(document.activeElement).toBe(from);
    typeInto(from, "witkof");
    expect(from.getAttribute("aria-expanded")).toBe("true");
    const found = options(from);
    expect(found[0]!.getAttribute("data-actor-id")).toBe("steve-witkoff");
    expect(from.getAttribute("aria-activedescendant")).toBe(found[0]!.id);
    // Enter chooses the highlighted match and does not submit the form.
    const enter = press(from, "Enter");
    expect(enter.defaultPrevented).toBe(true);
    expect(from.value).toBe("Steve Witkoff");
    expect(from.getAttribute("aria-expanded")).toBe("false");

    const to = byLabel(form, "To") as HTMLInputElement;
    typeInto(to, "ham");
    const hits = options(to).map((o) => o.getAttribute("data-actor-id"));
    expect(hits).toContain("hamas");
    expect(hits).toContain("hamas-official");
    const target = hits.indexOf("hamas-official");
    for (let i = 0; i < target; i++) press(to, "ArrowDown");
    expect(to.getAttribute("aria-activedescendant")).toBe(options(to)[target]!.id);
    expect(options(to)[target]!.getAttribute("aria-selected")).toBe("true");
    press(to, "Enter");
    expect(to.value).toBe("Hamas official outside Gaza");
  });

  it("opens the list of all actors with ArrowDown, and Escape closes only the list", () => {
    const { container, onCancel } = open(seed());
    const from = byLabel(formNamed(container, "Add tie"), "From");
    press(from, "ArrowDown");
    expect(from.getAttribute("aria-expanded")).toBe("true");
    expect(options(from)).toHaveLength(15);
    press(from, "ArrowUp");
    // Up from the first wraps to the last (alphabetical: Trump administration).
    expect(
      document.getElementById(from.getAttribute("aria-activedescendant")!)!.textContent,
    ).toMatch(/^Trump administration/);
    press(from, "Escape");
    expect(from.getAttribute("aria-expanded")).toBe("false");
    expect(onCancel).not.toHaveBeenCalled();
    expect(container.querySelector("form")).not.toBeNull();
  });

  it("typing over a choice undoes it; an exact name counts as chosen on leaving the field", () => {
    const { container, onSubmit } = open(seed());
    const form = formNamed(container, "Add tie");
    const from = byLabel(form, "From") as HTMLInputElement;
    typeInto(from, "qatar");
    from.dispatchEvent(new Event("blur"));
    typeInto(byLabel(form, "To") as HTMLInputElement, "Egyp");
    byLabel(form, "To").dispatchEvent(new Event("blur"));
    fill(form, "Summary", "s");
    fill(form, "Attribution as reported", "a");
    fill(form, "Source", "axios");
    button(form, "Add tie").click();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(problemOf(byLabel(form, "From"))).toBeUndefined();
    expect(problemOf(byLabel(form, "To"))).toBe("choose the actor the tie goes to");
  });
});

describe("the tie form", () => {
  it("adds a tie with every kind of field filled in", () => {
    const doc = seed();
    const { container, onSubmit } = open(doc);
    const form = formNamed(container, "Add tie");
    typeInto(byLabel(form, "From") as HTMLInputElement, "bahbah");
    press(byLabel(form, "From"), "Enter");
    typeInto(byLabel(form, "To") as HTMLInputElement, "witkoff");
    press(byLabel(form, "To"), "Enter");
    const kind = byLabel(form, "Kind") as HTMLSelectElement;
    expect([...kind.querySelectorAll("optgroup")].map((g) => g.label)).toEqual([
      "Communication",
      "Structural",
      "Action",
      "Other",
    ]);
    fill(form, "Kind", "relay");
    fill(form, "In the source's words", " passed on ");
    check(form, "No single direction");
    fill(form, "Precision", "range");
    fill(form, "Start date", "2025-04-21");
    fill(form, "End date", "2025-04-30");
    check(form, "Approximate: the dates estimate vague wording such as “late April”");
    fill(form, "As reported", "late April 2025");
    fill(form, "Number", "20");
    fill(form, "Unit", "messages");
    check(form, "Approximate (“around 20”)");
    check(form, "Inferred");
    fill(form, "Editor's note: why it is inferred", "Bahbah is said to have passed them on.");
    fill(form, "Summary", "Bahbah passed the exchanges to Witkoff.");
    fill(form, "Source", "qnn-2025-05-13");
    fill(form, "Attribution as reported", "according to Axios");
    button(form, "Add evidence").click();
    expect(document.activeElement).toBe(
      byLabel(form.querySelectorAll(".evidence-row")[1]!, "Source"),
    );
    const second = form.querySelectorAll(".evidence-row")[1]!;
    fill(second, "Source", "axios");
    fill(second, "Attribution as reported", "two officials told Axios");
    fill(second, "Short quote (optional)", "kept Witkoff informed");
    button(form, "Add tie").click();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]![0]).toStrictEqual({
      id: "bishara-bahbah-relay-steve-witkoff",
      source: "bishara-bahbah",
      target: "steve-witkoff",
      kind: "relay",
      label: "passed on",
      directed: false,
      time: { start: "2025-04-21", end: "2025-04-30", approximate: true, label: "late April 2025" },
      count: { value: 20, unit: "messages", approximate: true },
      summary: "Bahbah passed the exchanges to Witkoff.",
      status: "inferred",
      note: "Bahbah is said to have passed them on.",
      evidence: [
        { source: "qnn-2025-05-13", attribution: "according to Axios" },
        {
          source: "axios",
          attribution: "two officials told Axios",
          quote: "kept Witkoff informed",
        },
      ],
    });
  });

  it("shows the note only for inferred, and the inputs each precision needs", () => {
    const { container } = open(seed());
    const form = formNamed(container, "Add tie");
    const wrapper = (label: string) => byLabel(form, label).closest(".editor-field") as HTMLElement;
    expect(wrapper("Editor's note").hidden).toBe(true);
    check(form, "Inferred");
    expect(wrapper("Editor's note: why it is inferred").hidden).toBe(false);
    expect(byLabel(form, "Editor's note: why it is inferred").getAttribute("aria-required")).toBe(
      "true",
    );
    // Undated shows no date; each precision its own input; a date carries over between them.
    expect(wrapper("As reported").hidden).toBe(true);
    fill(form, "Precision", "day");
    expect(wrapper("Day").hidden).toBe(false);
    expect(wrapper("Month").hidden).toBe(true);
    fill(form, "Day", "2025-04-22");
    fill(form, "Precision", "month");
    expect(byLabel(form, "Month").value).toBe("2025-04");
    fill(form, "Precision", "year");
    expect(byLabel(form, "Year").value).toBe("2025");
    fill(form, "Precision", "range");
    expect(wrapper("As reported").hidden).toBe(false);
  });

  it("edits a tie: every field shows its value and comes back unchanged", () => {
    const doc = seed();
    for (const tie of doc.ties) {
      const { container, onSubmit } = open(doc, { tie });
      button(formNamed(container, "Edit tie"), "Save tie").click();
      expect(onSubmit.mock.calls[0]?.[0]).toStrictEqual(tie);
    }
  });

  it("shows the commit's problems at From, To, the time and an evidence row", () => {
    const doc = chainWithParallels();
    const tie: Tie = { ...doc.ties[0]!, status: "inferred", note: "x" };
    const { container } = open(doc, {
      tie,
      onSubmit: () => [
        { path: "ties[0].target", message: 'no actor "witkof" (did you mean "witkoff"?)' },
        { path: "ties[0].time.end", message: "ends (2025-04) before it starts (2025-05)" },
        {
          path: "ties[0].time.start",
          message: "must be a date written YYYY, YYYY-MM or YYYY-MM-DD",
        },
        { path: "ties[0].evidence[0].attribution", message: "attribution must not be empty" },
        { path: "ties[0].note", message: "an inferred tie needs a note" },
      ],
    });
    const form = formNamed(container, "Edit tie");
    button(form, "Save tie").click();
    expect(problemOf(byLabel(form, "To"))).toBe('no actor "witkof" (did you mean "witkoff"?)');
    // The tie is dated to a day: time.start is the Day input.
    expect(problemOf(byLabel(form, "Day"))).toBe(
      "must be a date written YYYY, YYYY-MM or YYYY-MM-DD",
    );
    expect(problemOf(byLabel(form, "Attribution as reported"))).toBe(
      "attribution must not be empty",
    );
    expect(alertText(form)).toContain("There are 5 problems:");
    expect(alertText(form)).toContain(
      "Editor's note: why it is inferred: an inferred tie needs a note",
    );
    // The end date has no input while the tie is dated to a day: the summary names it.
    expect(alertText(form)).toContain("time.end: ends (2025-04) before it starts (2025-05)");
    expect(document.activeElement).toBe(byLabel(form, "To"));
  });

  it("checks what it can before the commit: a count that is no number, a source not chosen", () => {
    const doc = seed();
    const { container, onSubmit } = open(doc, { from: "qatar", to: "egypt" });
    const form = formNamed(container, "Add tie");
    fill(form, "Number", "twenty");
    fill(form, "Summary", "s");
    button(form, "Add tie").click();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(problemOf(byLabel(form, "Number"))).toMatch(/^write the count as a number/);
    expect(problemOf(byLabel(form, "Source"))).toBe("choose the source this evidence comes from");
    // The schema's own problems with the tie show in the same round.
    expect(problemOf(byLabel(form, "Attribution as reported"))).toBe(
      "attribution must not be empty",
    );
    expect(problemOf(byLabel(form, "Unit"))).toBe("unit must not be empty");
    // The summary lists them in the form's order.
    expect([...form.querySelectorAll('[role="alert"] li')].map((li) => li.textContent)).toEqual([
      "Number: write the count as a number (e.g. 20), or leave count and unit empty",
      "Unit: unit must not be empty",
      "Source: choose the source this evidence comes from",
      "Attribution as reported: attribution must not be empty",
    ]);
    expect(document.activeElement).toBe(byLabel(form, "Number"));
  });

  it("an inferred tie without its note is refused at the note, in the schema's words", () => {
    const doc = seed();
    const { container } = open(doc, {
      tie: doc.ties[0]!,
      onSubmit: (tie) => {
        const result = commitPatch(doc, updateTie(doc, tie));
        return result.ok ? undefined : result.problems;
      },
    });
    const form = formNamed(container, "Edit tie");
    check(form, "Inferred");
    button(form, "Save tie").click();
    const note = byLabel(form, "Editor's note: why it is inferred");
    expect(problemOf(note)).toMatch(/^an inferred tie needs a note/);
    expect(document.activeElement).toBe(note);
  });

  it("removing every evidence row is refused at the Add evidence button", () => {
    const doc = chainWithParallels();
    const { container, onSubmit } = open(doc, { tie: doc.ties[0]! });
    const form = formNamed(container, "Edit tie");
    button(form, "Remove evidence 1").click();
    expect(document.activeElement).toBe(button(form, "Add evidence"));
    button(form, "Save tie").click();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(problemOf(button(form, "Add evidence"))).toBe(
      "every tie needs at least one piece of evidence",
    );
  });

  it("rows renumber when one is removed, and problems find the row by its new number", () => {
    const doc = seed();
    const tie: Tie = {
      ...doc.ties[0]!,
      evidence: [
        { source: "qnn-2025-05-13", attribution: "first" },
        { source: "axios", attribution: "second" },
        { source: "axios", attribution: "third" },
      ],
    };
    const onSubmit = vi.fn((_tie: Tie) => [
      { path: "ties[0].evidence[1].attribution", message: "wrong" },
    ]);
    const { container } = open(doc, { tie, onSubmit });
    const form = formNamed(container, "Edit tie");
    button(form, "Remove evidence 2").click();
    const rows = form.querySelectorAll(".evidence-row");
    expect([...rows].map((r) => r.querySelector("legend")!.textContent)).toEqual([
      "Evidence 1",
      "Evidence 2",
    ]);
    expect(document.activeElement).toBe(byLabel(rows[1]!, "Source"));
    button(form, "Save tie").click();
    expect(onSubmit.mock.calls[0]![0].evidence.map((e) => e.attribution)).toEqual([
      "first",
      "third",
    ]);
    expect(problemOf(byLabel(rows[1]!, "Attribution as reported"))).toBe("wrong");
  });

  it("a drawn tie opens with From and To set and focus on the kind; the commit takes it", () => {
    const doc = seed();
    const container = freshContainer();
    let committed: NetworkDocument | undefined;
    openDrawnTieForm(container, {
      document: doc,
      from: "egypt",
      to: "qatar",
      onSubmit: (tie) => {
        const result = commitPatch(doc, addTie(doc, tie));
        if (!result.ok) return result.problems;
        committed = result.document;
        return undefined;
      },
      onCancel: () => {},
    });
    const form = formNamed(container, "Add tie");
    expect((byLabel(form, "From") as HTMLInputElement).value).toBe("Egypt");
    expect((byLabel(form, "To") as HTMLInputElement).value).toBe("Qatar");
    expect(document.activeElement).toBe(byLabel(form, "Kind"));
    button(form, "Swap From and To").click();
    expect((byLabel(form, "From") as HTMLInputElement).value).toBe("Qatar");
    fill(form, "Summary", "Qatar and Egypt met.");
    fill(form, "Source", "axios");
    fill(form, "Attribution as reported", "officials said");
    button(form, "Add tie").click();
    expect(container.querySelector("form")).toBeNull();
    expect(committed?.ties.at(-1)).toMatchObject({ source: "qatar", target: "egypt" });
  });

  it("an edit committed through updateTie keeps the document valid", () => {
    const doc = seed();
    const tie = doc.ties[3]!;
    const { container } = open(doc, {
      tie,
      onSubmit: (next) => {
        const result = commitPatch(doc, updateTie(doc, next));
        return result.ok ? undefined : result.problems;
      },
    });
    const form = formNamed(container, "Edit tie");
    fill(form, "Summary", "Changed.");
    button(form, "Save tie").click();
    expect(container.querySelector("form")).toBeNull();
  });
});
