// The app shell: keeps one explorer open at a time and swaps it when the user opens another
// network. Opening failures leave the current explorer untouched.
import type { NetworkDocument } from "../schema/networkDocument";
import { createExplorer, type Explorer } from "./explorerApp";
import { attachDropZone, createFileControls } from "./fileControls";
import { warmLayoutWorker } from "../layout/layoutRunner";

/** About 100 actors' worth of a GEXF or JSON file. */
const LIKELY_LARGE_BYTES = 100_000;

export function createAppShell(root: HTMLElement, first: NetworkDocument): void {
  let document = first;
  let explorer: Explorer;
  const files = createFileControls({
    current: () => explorer.currentDocument(),
    onStarted(names, bytes) {
      explorer.announce(`Opening ${names.join(", ")}…`);
      // A file this size is likely a network large enough to be laid out in a worker.
      if (bytes > LIKELY_LARGE_BYTES) warmLayoutWorker();
    },
    onOpened(next, warnings, names) {
      explorer.destroy();
      // The hash described the previous network's ids: start the new one from a clean view.
      history.pushState(null, "", `${location.pathname}${location.search}`);
      document = next;
      explorer = open(document);
      const skipped = warnings.length
        ? ` ${warnings.length} warning${warnings.length === 1 ? "" : "s"}: ${warnings.join("; ")}`
        : "";
      explorer.announce(
        `Opened ${names.join(", ")}: ${next.actors.length} actors, ${next.ties.length} ties.${skipped}`,
      );
    },
    onFailed(message) {
      explorer.alert(message);
    },
  });
  const open = (doc: NetworkDocument): Explorer => {
    const created = createExplorer(root, doc);
    created.toolbar.prepend(files.element);
    return created;
  };
  explorer = open(document);
  attachDropZone(
    (dropped) => void files.open(dropped),
    () => files.warm(),
  );
}
