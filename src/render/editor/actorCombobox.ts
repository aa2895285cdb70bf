// A form field that chooses an actor: an ARIA 1.2 combobox (an input with a listbox popup) using
// the same typo-tolerant search as "Search actors…". Arrow keys move through the matches (and
// open the list, all actors when nothing is typed), Enter chooses, Escape closes the list.
import { h } from "../../dom/elements";
import { createListboxPopup } from "../../dom/listboxPopup";
import type { Actor, NetworkDocument } from "../../schema/networkDocument";
import { foldText } from "../../schema/suggest";
import { searchActors, type SearchEntry } from "../../view/actorSearch";
import { ACTOR_KIND_LABELS } from "../../schema/vocabulary";
import { LIMITS, uniqueId, type Field } from "./fields";

export interface ActorCombobox extends Field {
  control: HTMLInputElement;
  /** The chosen actor's id, or "" while none is chosen. */
  value(): string;
  choose(id: string): void;
}

export interface ActorComboboxOptions {
  key: string;
  label: string;
  document: NetworkDocument;
  value?: string;
  hint?: string;
  /** The id of a hint shared with other fields (shown once, above them). */
  sharedHint?: string;
  required?: boolean;
  /** Called when an actor is chosen (or the choice is cleared by typing). */
  onChange?(id: string): void;
}

/** Shown when the list opens on an empty input; past this, typing narrows it. */
const BROWSE_LIMIT = 50;
const MATCH_LIMIT = 8;

function describe(actor: Actor): string {
  return actor.role ?? ACTOR_KIND_LABELS[actor.kind];
}

export function actorCombobox(options: ActorComboboxOptions): ActorCombobox {
  const id = uniqueId("combo");
  const actors = new Map(options.document.actors.map((actor) => [actor.id, actor]));
  const entries: SearchEntry[] = options.document.actors.map((a) => ({
    id: a.id,
    name: a.name,
    aliases: a.aliases ?? [],
  }));
  const browse = [...options.document.actors]
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, BROWSE_LIMIT);
  const hint = options.hint
    ? h("p", { id: `${id}-hint`, class: "field-hint" }, options.hint)
    : null;
  const input = h("input", {
    id,
    type: "text",
    role: "combobox",
    name: options.key,
    maxlength: LIMITS.line,
    autocomplete: "off",
    spellcheck: "false",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": `${id}-list`,
    "aria-required": options.required ? "true" : undefined,
    "aria-describedby": [hint?.id, options.sharedHint].filter(Boolean).join(" ") || undefined,
  });
  const list = h("ul", {
    id: `${id}-list`,
    role: "listbox",
    "aria-label": `${options.label}: matching actors`,
    class: "combobox-list",
    hidden: true,
  });
  const status = h("span", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  const problem = h("p", { id: `${id}-problem`, class: "field-problem", hidden: true });
  let chosen = "";
  let shown: Actor[] = [];
  const popup = createListboxPopup(input, list, id);
  const { close, highlight } = popup;
  const setChosen = (next: string) => {
    if (next === chosen) return;
    chosen = next;
    options.onChange?.(next);
  };
  const choose = (actorId: string) => {
    const actor = actors.get(actorId);
    if (!actor) return;
    input.value = actor.name;
    setChosen(actorId);
    close();
  };
  const open = (found: Actor[], says: string) => {
    shown = found;
    list.replaceChildren(
      ...found.map((actor, i) => {
        const option = h(
          "li",
          {
            role: "option",
            id: `${id}-option-${i}`,
            "aria-selected": "false",
            "data-actor-id": actor.id,
          },
          h("span", { class: "option-name" }, actor.name),
          h("span", { class: "option-about" }, ` — ${describe(actor)}`),
        );
        // Keep focus in the input: a click chooses without blurring it first.
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => choose(actor.id));
        return option;
      }),
    );
    if (found.length === 0)
      list.append(h("li", { class: "empty", role: "presentation" }, "No matching actor"));
    popup.open();
    status.textContent = says;
    highlight(found.length ? 0 : -1);
  };
  const search = () => {
    const query = input.value;
    if (query.trim() === "") return open(browse, `${browse.length} actors`);
    const hits = searchActors(entries, query, MATCH_LIMIT);
    const found = hits.flatMap((hit) => actors.get(hit.id) ?? []);
    open(
      found,
      found.length
        ? `${found.length} matching actor${found.length === 1 ? "" : "s"}`
        : "No matching actor",
    );
  };

  input.addEventListener("input", () => {
    // Typing over a choice undoes it, unless the text still names the chosen actor.
    if (actors.get(chosen)?.name !== input.value) setChosen("");
    if (input.value.trim() === "") close();
    else search();
  });
  input.addEventListener("keydown", (event) => {
    const isOpen = !list.hidden;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!isOpen) search();
      else if (shown.length) popup.move(event.key === "ArrowDown" ? 1 : -1, shown.length);
    } else if (event.key === "Enter" && isOpen && popup.active() >= 0) {
      choose(shown[popup.active()]!.id);
    } else if (event.key === "Escape" && isOpen) {
      close();
      event.stopPropagation();
    } else return;
    event.preventDefault();
  });
  input.addEventListener("blur", () => {
    close();
    // Text that names exactly one actor (case and accents aside) counts as choosing it.
    if (chosen !== "" || input.value.trim() === "") return;
    const folded = foldText(input.value.trim());
    const exact = options.document.actors.filter((a) => foldText(a.name) === folded);
    if (exact.length === 1) choose(exact[0]!.id);
  });

  if (options.value && actors.has(options.value)) {
    chosen = options.value;
    input.value = actors.get(options.value)!.name;
  }
  const element = h(
    "div",
    { class: "editor-field combobox" },
    h(
      "label",
      { for: id },
      options.label,
      options.required ? h("span", { class: "required-mark" }, " (required)") : null,
    ),
    hint,
    h("div", { class: "combobox-box" }, input, list),
    status,
    problem,
  );
  return {
    key: options.key,
    label: options.label,
    control: input,
    problem,
    element,
    value: () => chosen,
    choose,
  };
}
