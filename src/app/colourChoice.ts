// "Colour actors by" for one explorer: the attributes the file offers, the select, the colouring
// each state asks for (made once per choice and per communities found), and the community search,
// started the first time a state asks for communities. The picture, the legend, the details and
// the exports all read the colouring from here.
import type { ActorGraph } from "../model/actorGraph";
import type { AppState } from "../state/appState";
import type { Intent } from "../state/intents";
import { actorColouring, colourAttributes, type ActorColouring } from "../view/colourBy";
import type { MetricRow } from "../view/details";
import { createColourControl } from "./colourControl";
import { createCommunityFinder } from "./communityFinder";

export interface ColourChoice {
  /** Whether the file offers this actor attribute to colour by (for the URL hash). */
  offers(key: string): boolean;
  /** The "Colour actors by" control, for the question controls. */
  element: HTMLElement;
  /** The colouring the state asks for; undefined for kind, and while communities are found. */
  colouring(state: Pick<AppState, "colourBy">): ActorColouring | undefined;
  /** The details' row about an actor's colour, when the colour is computed (a community). */
  detail(state: Pick<AppState, "colourBy">, id: string): MetricRow | undefined;
  /** The control follows the state. */
  sync(state: AppState): void;
  /** Stops a community search under way. */
  cancel(): void;
}

export function createColourChoice(
  graph: ActorGraph,
  dispatch: (intent: Intent) => void,
  /** The communities were found: the explorer draws again. */
  onFound: () => void,
  /** The community search could not be loaded: the page says so. */
  onFailed: (error: unknown) => void = () => undefined,
): ColourChoice {
  const attributes = colourAttributes(graph);
  const offered = new Set(attributes.map(({ key }) => key));
  const finder = createCommunityFinder(graph, (error) => {
    onFailed(error);
    onFound(); // the note "finding communities…" goes
  });
  const control = createColourControl(attributes, dispatch);
  let made: { by: AppState["colourBy"]; found: unknown; colouring: ActorColouring | undefined } = {
    by: "kind",
    found: undefined,
    colouring: undefined,
  };
  const colouring = ({ colourBy }: Pick<AppState, "colourBy">) => {
    if (colourBy === "community" && !finder.current() && !finder.failed()) finder.find(onFound);
    const found = colourBy === "community" ? finder.current() : undefined;
    if (made.by !== colourBy || made.found !== found)
      made = { by: colourBy, found, colouring: actorColouring(graph, colourBy, found) };
    return made.colouring;
  };
  return {
    offers: (key) => offered.has(key),
    element: control.element,
    colouring,
    detail: (state, id) => colouring(state)?.detail(id),
    sync: (state) =>
      control.sync(
        state,
        state.colourBy === "community" && finder.current() === undefined && !finder.failed(),
      ),
    cancel: () => finder.cancel(),
  };
}
