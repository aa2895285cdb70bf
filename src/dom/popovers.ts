// The toolbar's popovers (Export data, Export options, Filters, Paths: `<details>` that open over
// the picture) close as popovers do: Escape closes the one open and gives the keyboard back to its
// summary, and pressing anywhere outside one closes it. DOM only, no state.

const OPEN_POPOVERS = "details.export-options[open]";

/** The open popovers under `container`. */
export function openPopovers(container: ParentNode): HTMLDetailsElement[] {
  return [...container.querySelectorAll<HTMLDetailsElement>(OPEN_POPOVERS)];
}

/** Closes the open popovers that do not hold `target` (a press outside them). */
export function closePopoversOutside(container: ParentNode, target: EventTarget | null): void {
  for (const popover of openPopovers(container))
    if (!(target instanceof Node && popover.contains(target))) popover.open = false;
}

/**
 * Escape: closes the innermost open popover (the one holding the keyboard, else the last opened
 * in the page's order) and focuses its summary. False when none was open.
 */
export function closePopoverOnEscape(container: ParentNode, focused: Element | null): boolean {
  const open = openPopovers(container);
  const popover =
    open.filter((details) => focused !== null && details.contains(focused)).at(-1) ?? open.at(-1);
  if (!popover) return false;
  popover.open = false;
  popover.querySelector<HTMLElement>(":scope > summary")?.focus();
  return true;
}
