// The app shell: keeps one explorer open at a time and swaps it when the user opens another
// network. Opening failures leave the current explorer untouched.
import type { NetworkDocument } from "../schema/networkDocument";
import { createExplorer, type Explorer, type LargeDrawingModule } from "./explorerApp";
import { attachDropZone, createFileControls } from "./fileControls";
import { warmLayoutWorker } from "../layout/layoutRunner";
import { createOpenAttempts } from "../state/openAttempts";
import { drawingPlan, likelyNeedsWorker } from "../view/drawingPlan";

/** Whether the drawing plan puts this many actors on the canvas (ties do not matter for it). */
const onCanvas = (actors: number) => drawingPlan({ actors, ties: 0 }).renderer === "canvas";

const loadLargeDrawing = (): Promise<LargeDrawingModule> => import("../render/largeDrawing");

/** An open's result came after a newer open began and was dropped (tests await this mark). */
const dropped = (names: readonly string[]): void =>
  void performance.mark("backchannel:open-dropped", { detail: names.join(", ") });

export function createAppShell(root: HTMLElement, first: NetworkDocument): void {
  let document = first;
  let explorer: Explorer;

  // A small file opened after a large one can finish first: only the newest open shows.
  const attempts = createOpenAttempts();
  const files = createFileControls({
    current: () => explorer.currentDocument(),
    // The canvas chunk is small: fetched on the intent, it is ready if the file is large.
    onIntent: () => void loadLargeDrawing().catch(() => undefined),
    onStarted(names, bytes) {
      const token = attempts.start();
      explorer.announce(`Opening ${names.join(", ")}…`);
      // A file this size is likely a network large enough to be laid out in a worker.
      if (likelyNeedsWorker(bytes)) {
        warmLayoutWorker();
        void loadLargeDrawing().catch(() => undefined);
      }
      return token;
    },
    onActors(token, names, kinds) {
      // Small networks open in a moment: only large ones are worth a picture of the actors first.
      if (!onCanvas(kinds.length) || !attempts.current(token)) return;
      const text = `${names.join(", ")}: ${kinds.length.toLocaleString("en")} actors read, reading the ties…`;
      explorer.announce(`Opening ${text}`);
      loadLargeDrawing().then(
        (drawing) => {
          if (attempts.current(token)) explorer.preview(kinds, text, drawing);
        },
        () => undefined, // no picture of the actors; the network still opens
      );
    },
    onOpened(token, next, warnings, names) {
      if (!attempts.current(token)) return dropped(names);
      attempts.settle(token);
      // Without the canvas chunk (it failed to load) the SVG renderer draws any size.
      const drawing = onCanvas(next.actors.length)
        ? loadLargeDrawing().catch(() => undefined)
        : Promise.resolve(undefined);
      void drawing.then((largeDrawing) => {
        if (!attempts.newest(token)) return dropped(names);
        explorer.destroy();
        // The hash described the previous network's ids: start the new one from a clean view.
        history.pushState(null, "", `${location.pathname}${location.search}`);
        document = next;
        explorer = open(document, largeDrawing);
        const skipped = warnings.length
          ? ` ${warnings.length} warning${warnings.length === 1 ? "" : "s"}: ${warnings.join("; ")}`
          : "";
        explorer.announce(
          `Opened ${names.join(", ")}: ${next.actors.length} actors, ${next.ties.length} ties.${skipped}`,
        );
      });
    },
    onFailed(message, token) {
      if (token !== undefined) {
        if (!attempts.current(token)) return;
        attempts.settle(token);
      }
      explorer.clearPreview();
      explorer.alert(message);
    },
  });
  const open = (doc: NetworkDocument, largeDrawing?: LargeDrawingModule): Explorer => {
    const created = createExplorer(root, doc, largeDrawing ? { largeDrawing } : {});
    created.toolbar.prepend(files.element);
    return created;
  };
  explorer = open(document);
  attachDropZone(
    (dropped) => void files.open(dropped),
    () => files.warm(),
  );
}
