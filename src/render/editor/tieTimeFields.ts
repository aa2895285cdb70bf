// The tie form's "When" fieldset: the schema's precision model as the form asks it. A precision
// (undated, exact day, month, year, range) shows the inputs it needs; a date typed for one
// precision carries over when another is chosen; "approximate" and the report's own wording
// apply to any dated time.
import { h } from "../../dom/elements";
import type { TimeForm, TimeFormPrecision } from "../../edit/recordForms";
import { checkboxField } from "./choiceFields";
import { LIMITS, selectField, textField, uniqueId, type Field, type TextField } from "./fields";

export interface TimeFields {
  element: HTMLFieldSetElement;
  /** Every field, for the form to register (hidden ones never get a problem). */
  fields: Field[];
  texts: TextField[];
  read(): TimeForm;
  /** `time.start` goes to the date input the chosen precision shows. */
  resolve(path: string): string | undefined;
}

const PRECISIONS: { value: TimeFormPrecision; label: string }[] = [
  { value: "undated", label: "Undated: the report gives no date" },
  { value: "day", label: "Exact day" },
  { value: "month", label: "Month" },
  { value: "year", label: "Year" },
  { value: "range", label: "Range: from one date to another" },
];

const SINGLE = ["day", "month", "year"] as const;
type Single = (typeof SINGLE)[number];
const LENGTH: Record<Single, number> = { day: 10, month: 7, year: 4 };

function isPrecision(value: string): value is TimeFormPrecision {
  return PRECISIONS.some((p) => p.value === value);
}

export function tieTimeFields(start: TimeForm): TimeFields {
  const dated = start.precision !== "undated" ? start : undefined;
  const single = (p: Single) => (start.precision === p ? start.date : "");
  const precision = selectField({
    key: "time",
    label: "Precision",
    value: start.precision,
    options: PRECISIONS,
  });
  const dates: Record<Single, TextField> = {
    day: textField({
      key: "time.day",
      label: "Day",
      type: "date",
      value: single("day"),
      maxLength: LIMITS.date,
      hint: "YYYY-MM-DD, e.g. 2025-04-22.",
    }),
    month: textField({
      key: "time.month",
      label: "Month",
      type: "month",
      value: single("month"),
      maxLength: 7,
      placeholder: "2025-04",
      hint: "YYYY-MM, e.g. 2025-04.",
    }),
    year: textField({
      key: "time.year",
      label: "Year",
      value: single("year"),
      maxLength: LIMITS.year,
      inputMode: "numeric",
      placeholder: "2025",
    }),
  };
  const rangeHint = h(
    "p",
    { id: uniqueId("range-hint"), class: "field-hint" },
    "Each written YYYY, YYYY-MM or YYYY-MM-DD; the end is included. Leave the start empty for “until …”, the end for “from … on”.",
  );
  const from = textField({
    key: "time.start",
    label: "Start date",
    value: start.precision === "range" ? start.start : "",
    maxLength: LIMITS.date,
    placeholder: "2025-04-21",
    sharedHint: rangeHint.id,
  });
  const to = textField({
    key: "time.end",
    label: "End date",
    value: start.precision === "range" ? start.end : "",
    maxLength: LIMITS.date,
    placeholder: "2025-04-30",
    sharedHint: rangeHint.id,
  });
  const approximate = checkboxField({
    key: "time.approximate",
    label: "Approximate: the dates estimate vague wording such as “late April”",
    checked: dated?.approximate ?? false,
  });
  const label = textField({
    key: "time.label",
    label: "As reported",
    value: dated?.label ?? "",
    maxLength: LIMITS.line,
    hint: "The report's own words for when, e.g. “late April 2025” (optional).",
  });

  let shown = start.precision;
  const show = () => {
    const p = isPrecision(precision.control.value) ? precision.control.value : "undated";
    for (const s of SINGLE) dates[s].element.hidden = p !== s;
    from.element.hidden = to.element.hidden = rangeHint.hidden = p !== "range";
    approximate.element.hidden = label.element.hidden = p === "undated";
  };
  /** The date the user last gave, whatever precision it was typed for. */
  const lastDate = (p: TimeFormPrecision): string =>
    p === "range"
      ? from.control.value || to.control.value
      : p === "undated"
        ? ""
        : dates[p].control.value;
  precision.control.addEventListener("change", () => {
    const next = isPrecision(precision.control.value) ? precision.control.value : "undated";
    const carried = lastDate(shown).trim();
    if (carried) {
      if (next === "range" && !from.control.value && !to.control.value)
        from.control.value = carried;
      else if (next !== "range" && next !== "undated" && !dates[next].control.value) {
        if (carried.length >= LENGTH[next])
          dates[next].control.value = carried.slice(0, LENGTH[next]);
      }
    }
    if (next !== "undated") shown = next;
    show();
  });
  show();

  const element = h(
    "fieldset",
    { class: "editor-fieldset time-fields" },
    h("legend", {}, "When"),
    precision.element,
    h("div", { class: "editor-row" }, dates.day.element, dates.month.element, dates.year.element),
    rangeHint,
    h("div", { class: "editor-row" }, from.element, to.element),
    approximate.element,
    label.element,
  );
  return {
    element,
    fields: [precision, dates.day, dates.month, dates.year, from, to, approximate, label],
    texts: [dates.day, dates.month, dates.year, from, to, label],
    read() {
      const p = isPrecision(precision.control.value) ? precision.control.value : "undated";
      if (p === "undated") return { precision: "undated" };
      const common = { approximate: approximate.control.checked, label: label.control.value };
      if (p === "range")
        return { precision: "range", start: from.control.value, end: to.control.value, ...common };
      return { precision: p, date: dates[p].control.value, ...common };
    },
    resolve(path) {
      const p = precision.control.value;
      if (path === "time.start" && (p === "day" || p === "month" || p === "year"))
        return `time.${p}`;
      return undefined;
    },
  };
}
