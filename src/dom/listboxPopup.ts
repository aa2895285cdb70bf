// The popup list of an ARIA combobox: opened and closed together with the input's aria-expanded,
// one option at a time highlighted as the input's active descendant (and scrolled into view).
// Shared by the search box and the editor's actor boxes; each builds its own options, whose ids
// are `${id}-option-${index}`.
export interface ListboxPopup {
  /** The highlighted option's index, -1 for none. */
  active(): number;
  open(): void;
  close(): void;
  highlight(index: number): void;
  /** Moves the highlight `step` options on, wrapping around `count` options. */
  move(step: number, count: number): void;
}

export function createListboxPopup(
  input: HTMLInputElement,
  list: HTMLElement,
  id: string,
): ListboxPopup {
  let active = -1;
  const highlight = (index: number) => {
    active = index;
    const options = list.querySelectorAll('[role="option"]');
    options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    if (index < 0) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    input.setAttribute("aria-activedescendant", `${id}-option-${index}`);
    options[index]?.scrollIntoView?.({ block: "nearest" });
  };
  return {
    active: () => active,
    open() {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    },
    close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    },
    highlight,
    move: (step, count) => highlight((active + step + count) % count),
  };
}
