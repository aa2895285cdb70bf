// The URL hash follows the state, and Back / Forward bring a state back: a copied link opens the
// same view. A navigation (a selection, a filter, a path…) adds a history entry; anything else
// (zoom, typing a search) replaces the current one.
import type { AppState } from "../state/appState";
import type { Store } from "../state/store";
import {
  decodeHash,
  encodeHash,
  isNavigation,
  type HashContext,
  type HashState,
} from "../state/urlHash";
import { readPageAddress } from "./pageAddress";

const hashOf = (state: AppState): HashState => ({
  selection: state.selection,
  query: state.query,
  viewport: state.viewport,
  collapseParallel: state.collapseParallel,
  view: state.view,
  filters: state.filters,
  sizeBy: state.sizeBy,
  colourBy: state.colourBy,
  path: state.path,
  ego: state.ego,
});

/** The state the page's URL describes; `context` drops ids the network does not have. */
export function stateFromUrl(context: HashContext): Partial<AppState> {
  return decodeHash(location.hash, context);
}

export interface UrlSync {
  /** Writes the state into the URL (a new history entry if it is a navigation). */
  follow(state: AppState, previous: AppState | undefined): void;
  /** Writes the state into the URL in place of the current entry. */
  rewrite(state: AppState): void;
  stop(): void;
}

/**
 * `prefix` gives parameters that name the page rather than the view (the stored copy open,
 * `net=…`, and edit mode), written before the view's own. `newEntries: false` (an embed): only
 * replace the entry, never fill the host page's history.
 */
export function createUrlSync(
  store: Store,
  context: HashContext,
  prefix: () => string = () => "",
  { newEntries = true }: { newEntries?: boolean } = {},
): UrlSync {
  // An entry naming another stored network is the shell's to open (app/appShell.ts); this
  // explorer's view stays as it is, in case that network cannot be shown.
  const onPopState = () => {
    if (readPageAddress(location.hash).net !== readPageAddress(prefix()).net) return;
    store.dispatch({ type: "restore", state: stateFromUrl(context) });
  };
  window.addEventListener("popstate", onPopState);
  function follow(state: AppState, previous: AppState | undefined): void {
    const view = encodeHash(hashOf(state));
    const first = prefix();
    const next = first && view ? `${first}&${view}` : first || view;
    if (next === location.hash.replace(/^#/, "")) return;
    const url = `${location.pathname}${location.search}${next ? `#${next}` : ""}`;
    if (newEntries && previous && isNavigation(hashOf(previous), hashOf(state)))
      history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }
  return {
    follow,
    rewrite: (state) => follow(state, undefined),
    stop: () => window.removeEventListener("popstate", onPopState),
  };
}
