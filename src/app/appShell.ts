// The app shell: keeps one explorer open at a time and swaps it when the user opens another
// network. Opening failures leave the current explorer untouched.
import type { NetworkDocument } from "../schema/networkDocument";
import { createExplorer, type Explorer } from "./explorerApp";
import { attachDropZone, createFileControls } from "./fileControls";
import { warmLayoutWorker } from "../layout/layoutRunner";
import { CANVAS_THRESHOLD } from "../render/networkRenderer";

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
    onActors(names, kinds) {
      // Small networks open in a moment: only large ones are worth a picture of the actors first.
      if (kinds.length <= CANVAS_THRESHOLD) return;
      const count = kinds.length.toLocaleString("en");
      explorer.preview(kinds, `${names.join(", ")}: ${count} actors read, reading the ties…`);
      explorer.announce(`Opening ${names.join(", ")}: ${count} actors read, reading the ties…`);
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
      explorer.clearPreview();
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
