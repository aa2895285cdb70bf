// The tie form's status: how solid the claim is, each choice with its meaning in words, and the
// editor's note, shown and required when the tie is inferred (the reporting implies it, the
// source does not state it). "Not stated" leaves the status out: nothing is invented.
import { h } from "../../dom/elements";
import { isOneOf, TIE_STATUSES, type TieStatus } from "../../schema/vocabulary";
import { radioGroup, type RadioGroup } from "./choiceFields";
import { LIMITS, textField, type TextField } from "./fields";

/** Each status and what it means (as docs/data-format.md says), in the words the form shows. */
export const STATUS_CHOICES: readonly {
  value: TieStatus | "";
  label: string;
  description: string;
}[] = [
  { value: "", label: "Not stated", description: "Nothing is said about how solid it is." },
  {
    value: "confirmed",
    label: "Confirmed",
    description: "The source presents it as confirmed (on the record, or by the parties).",
  },
  {
    value: "reported",
    label: "Reported",
    description: "The source states it, attributing it to someone.",
  },
  {
    value: "alleged",
    label: "Alleged",
    description: "The source relays a claim it does not vouch for.",
  },
  { value: "denied", label: "Denied", description: "The source reports that a party denies it." },
  {
    value: "inferred",
    label: "Inferred",
    description: "The reporting implies it; the source does not state it.",
  },
];

export interface StatusFields {
  element: HTMLElement;
  status: RadioGroup;
  note: TextField;
  read(): { status: TieStatus | ""; note: string };
}

export function tieStatusFields(start: { status: TieStatus | ""; note: string }): StatusFields {
  const status = radioGroup({
    key: "status",
    legend: "Status",
    name: "status",
    value: start.status,
    choices: STATUS_CHOICES,
  });
  const note = textField({
    key: "note",
    label: "Editor's note: why it is inferred",
    value: start.note,
    rows: 2,
    maxLength: LIMITS.text,
    required: true,
    hint: "What in the reporting implies this tie, for readers to weigh.",
  });
  const noteLabel = note.element.querySelector("label")!;
  const required = noteLabel.querySelector(".required-mark");
  // The note shows for an inferred tie, and for any tie that already has one (nothing hidden).
  const update = () => {
    const inferred = status.value() === "inferred";
    note.element.hidden = !inferred && note.control.value.trim() === "";
    noteLabel.firstChild!.textContent = inferred
      ? "Editor's note: why it is inferred"
      : "Editor's note";
    if (required) (required as HTMLElement).hidden = !inferred;
    if (inferred) note.control.setAttribute("aria-required", "true");
    else note.control.removeAttribute("aria-required");
  };
  for (const radio of status.radios) radio.addEventListener("change", update);
  update();
  return {
    element: h("div", { class: "status-fields" }, status.element, note.element),
    status,
    note,
    read() {
      const value = status.value();
      return { status: isOneOf(TIE_STATUSES, value) ? value : "", note: note.control.value };
    },
  };
}
