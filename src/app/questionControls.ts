// The controls that ask questions of the network: tie filters (kind, status, source), "Size
// actors by", and the path finder (From / To, direction, tie kinds, time order, hops). The
// filters' and the path finder's popovers are built when first opened, by a part loaded then
// (app/questionForms.ts); if it cannot be loaded, `failed` says so. Wiring only.
import type { ActorGraph } from "../model/actorGraph";
import type { Store } from "../state/store";
import type { AppState } from "../state/appState";
import { h } from "../dom/elements";
import type * as QuestionForms from "./questionForms";
import type { QuestionForm } from "./questionForms";
import { lazyPart } from "./lazyPart";

export interface QuestionControls {
  element: HTMLElement;
  sync(state: AppState): void;
  /** Opens the path finder with the "Path to" box focused. */
  openPaths(): void;
}

const forms = lazyPart(() => import("./questionForms"));

export function createQuestionControls(
  graph: ActorGraph,
  store: Store,
  /** More controls at the end of the row ("Colour actors by", app/colourControl.ts). */
  beside: readonly HTMLElement[],
  /** The popovers' part could not be loaded: the page says so. */
  failed: (error: unknown) => void,
): QuestionControls {
  /** A popover whose controls are made (`make`) when it is first opened; sync() fills them. */
  const popover = <F extends QuestionForm>(
    className: string,
    summary: string,
    make: (module: typeof QuestionForms) => F,
  ) => {
    const element = h("details", { class: className }, h("summary", {}, summary));
    let form: F | undefined;
    const ensure = (then: (made: F) => void = () => undefined) =>
      forms.with((module) => {
        if (!form) {
          form = make(module);
          form.sync(store.getState());
          element.append(form.element);
        }
        then(form);
      }, failed);
    element.addEventListener("toggle", () => {
      if (element.open) ensure();
    });
    return { element, ensure, sync: (state: AppState) => form?.sync(state) };
  };
  const filters = popover("export-options filters", "Filters", (module) =>
    module.filtersForm(graph, store),
  );
  const paths = popover("export-options paths", "Paths", (module) =>
    module.pathsForm(graph, store),
  );

  const sizeBy = h(
    "select",
    { id: "size-by" },
    h("option", { value: "none" }, "nothing"),
    h("option", { value: "ties" }, "number of ties"),
    h("option", { value: "betweenness" }, "brokerage (betweenness)"),
  );
  sizeBy.addEventListener("change", () =>
    store.dispatch({
      type: "setSizeBy",
      sizeBy: sizeBy.value === "ties" || sizeBy.value === "betweenness" ? sizeBy.value : "none",
    }),
  );

  return {
    element: h(
      "div",
      { class: "question-controls", role: "group", "aria-label": "Question the network" },
      filters.element,
      h("label", { class: "size-by", for: "size-by" }, "Size actors by ", sizeBy),
      paths.element,
      // After "Paths": its popover opens where it always did, clear of the details panel.
      ...beside,
    ),
    sync(state) {
      filters.sync(state);
      paths.sync(state);
      sizeBy.value = state.sizeBy;
    },
    openPaths() {
      paths.element.open = true;
      paths.ensure((form) => form.focusTo());
    },
  };
}
