// The page's own controls → intents: the toolbar (collapse parallel ties, graph or table, release
// pinned actors), the zoom buttons, and Escape anywhere on the page (which closes an open popover
// first: dom/popovers, as does a press outside it); and "Skip to network", which
// moves the keyboard to the picture's tab stop (or the table's first button).
import type { Store } from "../state/store";
import { NARROW_QUERY, PHONE_QUERY } from "../view/screen";
import { zoomStep, type PictureFrame } from "./pictureIntents";
import { closePopoverOnEscape, closePopoversOutside } from "../dom/popovers";

export interface PageControlElements {
  legend: HTMLDetailsElement;
  tools: HTMLDetailsElement;
  skipLink: HTMLAnchorElement;
  stage: HTMLElement;
  tableView: HTMLElement;
  collapse: HTMLInputElement;
  tableToggle: HTMLButtonElement;
  releasePins: HTMLButtonElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  fit: HTMLButtonElement;
}

/** Attaches the listeners; returns what removes the one on the window. */
export function attachPageControls(
  page: PageControlElements,
  store: Store,
  frame: PictureFrame,
): () => void {
  const dispatch = store.dispatch;
  page.skipLink.addEventListener("click", (event) => {
    event.preventDefault(); // the hash is the view's, not an anchor's
    const target =
      store.getState().view === "table"
        ? page.tableView.querySelector<HTMLElement>("button")
        : page.stage.querySelector<SVGElement>('[tabindex="0"]');
    target?.focus();
  });
  page.zoomIn.addEventListener("click", () => zoomStep(store, frame, 1.3));
  page.zoomOut.addEventListener("click", () => zoomStep(store, frame, 1 / 1.3));
  page.fit.addEventListener("click", () => dispatch({ type: "fitToView" }));
  page.collapse.addEventListener("change", () =>
    dispatch({ type: "setCollapseParallel", collapse: page.collapse.checked }),
  );
  page.tableToggle.addEventListener("click", () =>
    dispatch({ type: "setView", view: store.getState().view === "table" ? "graph" : "table" }),
  );
  page.releasePins.addEventListener("click", () => dispatch({ type: "unpinAll" }));

  // Escape closes an open popover first, and only then clears the selection.
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    if (closePopoverOnEscape(page.tools, document.activeElement)) return;
    if (store.getState().selection !== null) dispatch({ type: "clearSelection" });
  };
  window.addEventListener("keydown", onKeydown);
  const onPointerdown = (event: PointerEvent) => closePopoversOutside(page.tools, event.target);
  window.addEventListener("pointerdown", onPointerdown);
  // Narrowed to a phone, the legend and the tools fold (they would be sheets over the picture);
  // widened again, they open beside and above it as on any desktop. The legend folds already in
  // a narrow window (view/screen.ts NARROW_QUERY), where it would leave the picture a strip.
  const phone = matchMedia(PHONE_QUERY);
  const narrow = matchMedia(NARROW_QUERY);
  const onPhoneChange = () => {
    page.tools.open = !phone.matches;
  };
  const onNarrowChange = () => {
    page.legend.open = !narrow.matches;
  };
  phone.addEventListener("change", onPhoneChange);
  narrow.addEventListener("change", onNarrowChange);
  return () => {
    window.removeEventListener("keydown", onKeydown);
    window.removeEventListener("pointerdown", onPointerdown);
    phone.removeEventListener("change", onPhoneChange);
    narrow.removeEventListener("change", onNarrowChange);
  };
}
