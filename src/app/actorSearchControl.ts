// "Search actors…" for one explorer: the search box (interact/searchBox.ts) answered from the
// network's search index (view/searchIndex.ts). The index is built a slice at a time once the
// first picture is painted (`prepare`), so a keystroke on 20 000 actors scores a few candidates
// instead of every actor; a search typed before it is ready finishes building it first.
import type { ActorGraph } from "../model/actorGraph";
import { searchEntries } from "../view/actorSearch";
import { searchIndexSteps, type SearchIndex } from "../view/searchIndex";
import { runSteps } from "../view/steps";
import { createSearchBox, type SearchBox, type SearchBoxCallbacks } from "../interact/searchBox";
import { runSliced } from "./sliced";

export interface ActorSearchControl extends SearchBox {
  /** Builds the index in slices, when the page has the time. */
  prepare(): void;
  /** Stops building it (the explorer is gone). */
  cancel(): void;
}

export function createActorSearchControl(
  graph: ActorGraph,
  callbacks: Omit<SearchBoxCallbacks, "search">,
): ActorSearchControl {
  let steps: ReturnType<typeof searchIndexSteps> | undefined;
  let index: SearchIndex | undefined;
  let cancelled = false;
  const started = () => (steps ??= searchIndexSteps(searchEntries(graph)));
  /** The index, finished here and now if the slices have not finished it. */
  const ready = (): SearchIndex => (index ??= runSteps(started()));
  const box = createSearchBox({ ...callbacks, search: (query) => ready().search(query) });
  return {
    ...box,
    prepare() {
      if (index || cancelled) return;
      void runSliced(started(), () => cancelled || index !== undefined).then((built) => {
        if (built && !cancelled) index ??= built;
      });
    },
    cancel() {
      cancelled = true;
    },
  };
}
