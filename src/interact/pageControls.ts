// The page's own controls → intents: the toolbar (collapse parallel ties, graph or table, release
// pinned actors), the zoom buttons, and Escape anywhere on the page.
import type { Store } from "../state/store";
import { zoomStep, type PictureFrame } from "./pictureIntents";

export interface PageControlElements {
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

  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && store.getState().selection !== null)
      dispatch({ type: "clearSelection" });
  };
  window.addEventListener("keydown", onKeydown);
  return () => window.removeEventListener("keydown", onKeydown);
}
