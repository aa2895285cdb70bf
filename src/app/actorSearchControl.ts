// "Search actors…" for one explorer: the search box (interact/searchBox.ts) answered by scoring
// every actor (view/actorSearch.ts) or, for a network the drawing plan says is large enough, from
// its search index (view/searchIndex.ts): the same hits from a few candidates instead of 20 000
// actors. The index's code loads and the index is built a slice at a time once the first picture
// is painted (`prepare`); a search typed before its code is there scans, one typed while it is
// being built finishes building it first.
import type { ActorGraph } from "../model/actorGraph";
import { searchActors, searchEntries, type SearchEntry } from "../view/actorSearch";
import type { SearchIndex } from "../view/searchIndex";
import { runSteps, type Steps } from "../view/steps";
import { createSearchBox, type SearchBox, type SearchBoxCallbacks } from "../interact/searchBox";
import { runSliced } from "./sliced";

export interface ActorSearchControl extends SearchBox {
  /** Loads the index's code and builds the index in slices, when the plan asks for one. */
  prepare(): void;
  /** Stops building it (the explorer is gone). */
  cancel(): void;
}

export function createActorSearchControl(
  graph: ActorGraph,
  /** The drawing plan's searchIndex. */
  indexed: boolean,
  callbacks: Omit<SearchBoxCallbacks, "search">,
): ActorSearchControl {
  let entries: SearchEntry[] | undefined;
  let steps: Steps<SearchIndex> | undefined;
  let index: SearchIndex | undefined;
  let asked = false;
  let cancelled = false;
  const search = (query: string) => {
    // The index being built is finished here and now, rather than scanning meanwhile.
    if (!index && steps) index = runSteps(steps);
    return index ? index.search(query) : searchActors((entries ??= searchEntries(graph)), query);
  };
  const box = createSearchBox({ ...callbacks, search });
  return {
    ...box,
    prepare() {
      if (!indexed || asked || cancelled) return;
      asked = true;
      import("../view/searchIndex").then(
        (module) => {
          if (cancelled) return;
          const building = module.searchIndexSteps((entries ??= searchEntries(graph)));
          steps = building;
          void runSliced(building, () => cancelled || index !== undefined).then((built) => {
            if (built && !cancelled) index ??= built;
          });
        },
        () => undefined, // the index's code could not load: the scan answers
      );
    },
    cancel() {
      cancelled = true;
    },
  };
}
