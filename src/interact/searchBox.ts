// The search box: an ARIA combobox with a listbox of type-ahead results, each saying which field
// matched when it was not the name. Arrow keys move through results, Enter or a click chooses
// one, Escape closes the list.
import { bdi, h } from "../dom/elements";
import { createListboxPopup } from "../dom/listboxPopup";
import type { SearchHit } from "../view/actorSearch";

export interface SearchBoxCallbacks {
  search(query: string): SearchHit[];
  onQuery(query: string): void;
  onChoose(id: string): void;
}

export interface SearchBox {
  element: HTMLElement;
  setQuery(query: string): void;
}

let counter = 0;

const FIELD_WORDS = { role: "Role", affiliation: "Affiliation", description: "About" } as const;

/**
 * What matched when it was not the name: "(alias)" in the option's name, or the field and its
 * text on a line below, which describes the option (its name stays the actor's).
 */
function matchedField(hit: SearchHit, id: string): (HTMLElement | string)[] {
  if (hit.field === "name" || hit.matched === undefined) return [];
  if (hit.field === "alias") return [h("span", { class: "alias" }, " (", bdi(hit.matched), ")")];
  return [
    " ",
    h(
      "span",
      { class: "match-field", id, "aria-hidden": "true" },
      h("span", { class: "match-field-name" }, `${FIELD_WORDS[hit.field]}:`),
      " ",
      bdi(hit.matched),
    ),
  ];
}

export function createSearchBox(callbacks: SearchBoxCallbacks): SearchBox {
  const id = `search-${++counter}`;
  const input = h("input", {
    type: "search",
    id,
    role: "combobox",
    "aria-expanded": "false",
    "aria-controls": `${id}-list`,
    "aria-autocomplete": "list",
    autocomplete: "off",
    spellcheck: "false",
    placeholder: "Search actors…",
  });
  const label = h("label", { for: id, class: "visually-hidden" }, "Search actors");
  const list = h("ul", {
    id: `${id}-list`,
    role: "listbox",
    "aria-label": "Matching actors",
    class: "search-results",
    hidden: true,
  });
  const status = h("span", { class: "visually-hidden", role: "status", "aria-live": "polite" });
  let hits: SearchHit[] = [];
  const popup = createListboxPopup(input, list, id);
  const { close, highlight } = popup;
  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.name;
    close();
    callbacks.onQuery(hit.name);
    callbacks.onChoose(hit.id);
  };
  const update = () => {
    hits = callbacks.search(input.value);
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const option = h(
          "li",
          {
            role: "option",
            id: `${id}-option-${i}`,
            "aria-selected": "false",
            "data-actor-option": hit.id,
            "aria-describedby":
              hit.field === "name" || hit.field === "alias" ? undefined : `${id}-match-${i}`,
          },
          bdi(hit.name),
          ...matchedField(hit, `${id}-match-${i}`),
        );
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => choose(i));
        return option;
      }),
    );
    const open = input.value.trim() !== "";
    if (open) popup.open();
    else popup.close();
    status.textContent = open
      ? hits.length
        ? `${hits.length} matching actor${hits.length === 1 ? "" : "s"}`
        : "No matching actor"
      : "";
    if (open && hits.length === 0)
      list.append(h("li", { class: "empty", role: "presentation" }, "No matching actor"));
    highlight(hits.length ? 0 : -1);
  };

  input.addEventListener("input", () => {
    callbacks.onQuery(input.value);
    update();
  });
  input.addEventListener("focus", () => {
    if (input.value.trim()) update();
  });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && hits.length) popup.move(1, hits.length);
    else if (event.key === "ArrowUp" && hits.length) popup.move(-1, hits.length);
    else if (event.key === "Enter") choose(popup.active() >= 0 ? popup.active() : 0);
    else if (event.key === "Escape" && !list.hidden) close();
    else return;
    event.preventDefault();
    event.stopPropagation();
  });

  return {
    element: h("div", { class: "search", role: "search" }, label, input, list, status),
    setQuery(query) {
      if (input.value !== query) input.value = query;
    },
  };
}
