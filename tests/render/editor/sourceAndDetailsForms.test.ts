// @vitest-environment jsdom
// The source form and the network details form: filled by label, problems at their fields.
import { describe, expect, it, vi } from "vitest";
import { openSourceForm } from "../../../src/render/editor/sourceForm";
import { openDetailsForm } from "../../../src/render/editor/detailsForm";
import { addSource, setDetails } from "../../../src/edit/editCommands";
import { commitPatch } from "../../../src/edit/commitEdit";
import type { NetworkDetails } from "../../../src/edit/documentPatch";
import type { Source } from "../../../src/schema/networkDocument";
import { chainWithParallels } from "../../fixtures/documents";
import {
  alertText,
  button,
  byLabel,
  fill,
  formNamed,
  freshContainer,
  problemOf,
} from "./formHelpers";

describe("the source form", () => {
  it("adds a source with a fresh id from its publisher and date", () => {
    const container = freshContainer();
    const onSubmit = vi.fn((_source: Source) => undefined);
    openSourceForm(container, { document: chainWithParallels(), onSubmit, onCancel: () => {} });
    const form = formNamed(container, "Add source");
    expect(document.activeElement).toBe(byLabel(form, "Publisher"));
    fill(form, "Publisher", "Quds News Network");
    fill(form, "Title", "Hamas reached out");
    fill(form, "Date", "2025-05-13");
    fill(form, "URL", "https://example.org/qnn");
    fill(form, "Cites", "Axios");
    button(form, "Add source").click();
    expect(onSubmit.mock.calls[0]![0]).toStrictEqual({
      id: "quds-news-network-2025-05-13",
      publisher: "Quds News Network",
      title: "Hamas reached out",
      date: "2025-05-13",
      url: "https://example.org/qnn",
      cites: "Axios",
    });
  });

  it("edits a source and keeps its notes", () => {
    const doc = chainWithParallels();
    const source: Source = { ...doc.sources[0]!, notes: "kept" };
    const container = freshContainer();
    const onSubmit = vi.fn((_source: Source) => undefined);
    openSourceForm(container, { document: doc, source, onSubmit, onCancel: () => {} });
    const form = formNamed(container, "Edit source");
    fill(form, "Date", "");
    button(form, "Save source").click();
    expect(onSubmit.mock.calls[0]![0]).toStrictEqual({
      id: "report",
      publisher: "Daily",
      title: "A report",
      notes: "kept",
    });
  });

  it("refuses a javascript: URL at the field, and shows the schema's date problem", () => {
    const doc = chainWithParallels();
    const container = freshContainer();
    const onSubmit = vi.fn((source: Source) => {
      const result = commitPatch(doc, addSource(doc, source));
      return result.ok ? undefined : result.problems;
    });
    openSourceForm(container, { document: doc, onSubmit, onCancel: () => {} });
    const form = formNamed(container, "Add source");
    fill(form, "Publisher", "P");
    fill(form, "Title", "T");
    fill(form, "URL", "javascript:alert(1)");
    button(form, "Add source").click();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(problemOf(byLabel(form, "URL"))).toBe("only http(s) links are accepted");
    fill(form, "URL", "");
    fill(form, "Date", "2025-02-30");
    button(form, "Add source").click();
    expect(problemOf(byLabel(form, "Date"))).toMatch(
      /^must be a date written YYYY, YYYY-MM or YYYY-MM-DD/,
    );
    expect(problemOf(byLabel(form, "URL"))).toBeUndefined();
    expect(alertText(form)).toMatch(/^There is a problem:Date: must be a date/);
  });
});

describe("the network details form", () => {
  it("shows the network's details and sends the changed ones", () => {
    const doc = { ...chainWithParallels(), asOf: "2025-05" };
    const container = freshContainer();
    const onSubmit = vi.fn((_details: NetworkDetails) => undefined);
    openDetailsForm(container, { document: doc, onSubmit, onCancel: () => {} });
    const form = formNamed(container, "Network details");
    expect(byLabel(form, "Title").value).toBe("Chain with parallels");
    expect(byLabel(form, "As of").value).toBe("2025-05");
    fill(form, "Description", "Who wrote to whom.");
    button(form, "Save details").click();
    expect(onSubmit.mock.calls[0]![0]).toStrictEqual({
      title: "Chain with parallels",
      description: "Who wrote to whom.",
      asOf: "2025-05",
    });
  });

  it("an empty title and a bad as-of date show at their fields", () => {
    const doc = chainWithParallels();
    const container = freshContainer();
    openDetailsForm(container, {
      document: doc,
      onSubmit: (details) => {
        const result = commitPatch(doc, setDetails(doc, details));
        return result.ok ? undefined : result.problems;
      },
      onCancel: () => {},
    });
    const form = formNamed(container, "Network details");
    fill(form, "Title", " ");
    fill(form, "As of", "May 2025");
    button(form, "Save details").click();
    expect(problemOf(byLabel(form, "Title"))).toBe("title must not be empty");
    expect(problemOf(byLabel(form, "As of"))).toMatch(/^must be a date written/);
    expect(document.activeElement).toBe(byLabel(form, "Title"));
  });
});
