// The tie form's evidence: one or more rows, each a source from the document, the attribution
// exactly as reported and an optional short quote. Rows are added and removed with buttons;
// row i edits `evidence[i]`, so a problem at `evidence[1].attribution` shows in the second row.
import { h } from "../../dom/elements";
import type { EvidenceForm } from "../../edit/recordForms";
import { shortName } from "../../edit/editCommands";
import type { NetworkDocument } from "../../schema/networkDocument";
import { LIMITS, selectField, textField, uniqueId, type Field, type TextField } from "./fields";

export interface EvidenceRows {
  element: HTMLFieldSetElement;
  read(): EvidenceForm[];
  texts(): TextField[];
}

interface Row {
  element: HTMLFieldSetElement;
  fields: Field[];
  texts: TextField[];
  read(): EvidenceForm;
  setIndex(index: number): void;
  focus(): void;
}

/** What the form registers and forgets as rows come and go. */
export interface FieldRegistry {
  add(field: Field): void;
  remove(key: string): void;
}

export function evidenceRows(
  registry: FieldRegistry,
  doc: NetworkDocument,
  start: readonly EvidenceForm[],
): EvidenceRows {
  const sourceOptions = [
    { value: "", label: doc.sources.length ? "Choose a source…" : "No sources yet" },
    ...doc.sources.map((s) => ({
      value: s.id,
      label: `${shortName(s.publisher, 40)}: ${shortName(s.title, 60)}${s.date ? ` (${s.date})` : ""}`,
    })),
  ];
  // With a single source there is nothing to choose: a new row cites it.
  const onlySource = doc.sources.length === 1 ? doc.sources[0]!.id : "";
  const rows: Row[] = [];
  const list = h("div", { class: "evidence-rows" });
  const add = h("button", { type: "button", class: "add-evidence" }, "Add evidence");
  const problem = h("p", {
    id: uniqueId("evidence-problem"),
    class: "field-problem",
    hidden: true,
  });
  const emptyNote = doc.sources.length
    ? null
    : h("p", { class: "field-hint" }, "This network has no sources yet: add a source first.");

  const makeRow = (value: EvidenceForm): Row => {
    const source = selectField({
      key: "",
      label: "Source",
      value: value.source,
      options: sourceOptions,
      required: true,
    });
    const attribution = textField({
      key: "",
      label: "Attribution as reported",
      value: value.attribution,
      maxLength: LIMITS.line,
      required: true,
      hint: "Who says so, exactly as the source puts it: “two officials told Axios”.",
    });
    const quote = textField({
      key: "",
      label: "Short quote (optional)",
      value: value.quote,
      maxLength: LIMITS.quote,
      hint: "A short verbatim phrase, at most 160 characters.",
    });
    const legend = h("legend", {});
    const remove = h("button", { type: "button", class: "link subtle remove-evidence" });
    const element = h(
      "fieldset",
      { class: "editor-fieldset evidence-row" },
      legend,
      source.element,
      attribution.element,
      quote.element,
      remove,
    );
    const fields: Field[] = [source, attribution, quote];
    const row: Row = {
      element,
      fields,
      texts: [attribution, quote],
      read: () => ({
        source: source.control.value,
        attribution: attribution.control.value,
        quote: quote.control.value,
      }),
      setIndex(index) {
        for (const field of fields) registry.remove(field.key);
        legend.textContent = `Evidence ${index + 1}`;
        remove.textContent = `Remove evidence ${index + 1}`;
        source.key = `evidence[${index}].source`;
        attribution.key = `evidence[${index}].attribution`;
        quote.key = `evidence[${index}].quote`;
        for (const field of fields) registry.add(field);
      },
      focus: () => source.control.focus(),
    };
    remove.addEventListener("click", () => {
      const index = rows.indexOf(row);
      for (const field of fields) registry.remove(field.key);
      rows.splice(index, 1);
      element.remove();
      rows.forEach((r, i) => r.setIndex(i));
      const next = rows[index] ?? rows[index - 1];
      if (next) next.focus();
      else add.focus();
    });
    return row;
  };

  const append = (value: EvidenceForm) => {
    const row = makeRow(value);
    rows.push(row);
    row.setIndex(rows.length - 1);
    list.append(row.element);
    return row;
  };
  for (const value of start) append(value);
  add.addEventListener("click", () =>
    append({ source: onlySource, attribution: "", quote: "" }).focus(),
  );
  // "every tie needs at least one piece of evidence" shows at the Add button.
  registry.add({ key: "evidence", label: "Evidence", control: add, problem, element: list });

  return {
    element: h(
      "fieldset",
      { class: "editor-fieldset evidence-fields" },
      h("legend", {}, "Evidence"),
      emptyNote,
      problem,
      list,
      add,
    ),
    read: () => rows.map((row) => row.read()),
    texts: () => rows.flatMap((row) => row.texts),
  };
}

/** A new tie starts with one evidence row (citing the network's only source, if it has one). */
export function firstEvidence(doc: NetworkDocument): EvidenceForm[] {
  return [
    { source: doc.sources.length === 1 ? doc.sources[0]!.id : "", attribution: "", quote: "" },
  ];
}
