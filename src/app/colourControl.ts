// The "Colour actors by" select: kind, community (found by the app), or an attribute of the file
// with a few values; and a line saying when communities are still being found.
import type { AppState, ColourBy } from "../state/appState";
import type { Intent } from "../state/intents";
import type { ColourAttribute } from "../view/colourBy";
import { h } from "../dom/elements";

export interface ColourControl {
  element: HTMLElement;
  sync(state: AppState, pending: boolean): void;
}

export function createColourControl(
  attributes: readonly ColourAttribute[],
  dispatch: (intent: Intent) => void,
): ColourControl {
  const select = h(
    "select",
    { id: "colour-by", "aria-describedby": "colour-by-note" },
    h("option", { value: "kind" }, "kind"),
    h("option", { value: "community" }, "community (found in the ties)"),
    ...attributes.map(({ key, colours }) =>
      h(
        "option",
        { value: `attribute:${key}` },
        colours ? `${key} (the file's colours)` : `${key} (from the file)`,
      ),
    ),
  );
  const note = h("span", { class: "colour-note", id: "colour-by-note", role: "status" });
  select.addEventListener("change", () => {
    const value = select.value;
    const colourBy: ColourBy =
      value === "community"
        ? "community"
        : value.startsWith("attribute:")
          ? `attribute:${value.slice("attribute:".length)}`
          : "kind";
    dispatch({ type: "setColourBy", colourBy });
  });
  return {
    element: h(
      "span",
      { class: "colour-by" },
      h("label", { class: "size-by", for: "colour-by" }, "Colour actors by ", select),
      note,
    ),
    sync(state, pending) {
      select.value = state.colourBy;
      note.textContent = pending ? " finding communities…" : "";
    },
  };
}
