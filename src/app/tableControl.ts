// The table view (render/tableView.ts) for one explorer, loaded the first time it is shown: until
// then its section stays as it is, and once it is there the state is drawn again. Drawn again
// only when what is visible changes; the selected row follows the selection.
import type { NetworkDocument } from "../schema/networkDocument";
import type { AppState } from "../state/appState";
import { lazyPart } from "./lazyPart";

export interface TableControl {
  /** Draws the table when the state shows it. */
  update(state: AppState, visibleEdges: ReadonlySet<string>): void;
}

export function createTableControl(
  root: HTMLElement,
  document: NetworkDocument,
  /** A row's button selects its actor or tie. */
  requests: { onSelectActor(id: string): void; onSelectTie(id: string): void },
  /** The module arrived: draw the state again. */
  redraw: () => void,
  /** It could not be loaded: the page says so. */
  failed: (error: unknown) => void,
): TableControl {
  const module = lazyPart(() => import("../render/tableView"));
  let shownFor: ReadonlySet<string> | undefined;
  const onSelect = (selection: { kind: "actor" | "tie"; id: string }) =>
    selection.kind === "actor"
      ? requests.onSelectActor(selection.id)
      : requests.onSelectTie(selection.id);
  return {
    update(state, visibleEdges) {
      const table = state.view === "table" ? module.ready() : undefined;
      if (state.view === "table" && !table) module.with(redraw, failed);
      if (table && shownFor !== visibleEdges)
        table.renderTableView(root, document, visibleEdges, { onSelect });
      if (table) table.showTableSelection(root, state.selection);
      shownFor = table ? visibleEdges : undefined;
    },
  };
}
