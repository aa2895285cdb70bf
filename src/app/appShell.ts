// The app shell: the workspace (the network open, its explorer and stored copy), the file
// controls, the editor and the Networks list, and which network the URL names. Opening a file
// keeps it as a stored copy; the network open before stays in the list. Opening failures leave
// the open network untouched.
import type { NetworkDocument } from "../schema/networkDocument";
import { drawingFor, loadLargeDrawing, onCanvas, preparedInSlices } from "./drawingModule";
import { attachDropZone, createFileControls } from "./fileControls";
import { layoutModule, loadLayout } from "./layoutLoading";
import { createOpenAttempts } from "../state/openAttempts";
import { likelyNeedsWorker } from "../view/drawingPlan";
import { h } from "../dom/elements";
import type { NetworkLibrary } from "../persist/networkLibrary";
import { createWorkspace, type Workspace } from "./workspace";
import { createAuthoring } from "./authoring";
import { createNetworksList } from "./networksList";
import { readPageAddress } from "./pageAddress";
import { describeWarnings } from "../io/warningsLine";
import type { PrerenderedPage } from "./prerendered";
import { describeError, partFault, reloadAction, reportUncaught, showFault } from "./faults";
import { NetworkKept } from "./explorerSwap";

/**
 * When a network could not be drawn and not even the one before could be kept, the picture's
 * place says so with a Reload, and the rest of the page keeps working: never blank.
 */
function showBroken(root: HTMLElement, what: string, error: unknown): void {
  console.error(error);
  const alert = h("p", { class: "alert", role: "alert" });
  root.replaceChildren(alert);
  showFault(alert, `${what} could not be drawn: ${describeError(error)}.`, reloadAction);
}
import { prepareNetwork } from "./stagedRebuild";
import { counted } from "../view/counts";

/** An open's result came after a newer open began and was dropped (tests await this mark). */
const dropped = (names: readonly string[]): void =>
  void performance.mark("backchannel:open-dropped", { detail: names.join(", ") });

/**
 * `page`: the published page the build prerendered `published` into (app/prerendered.ts);
 * `embed`: the page is shown in another page's frame (app/embed.ts).
 */
export function createAppShell(
  root: HTMLElement,
  published: NetworkDocument,
  page?: PrerenderedPage,
  embed = false,
): void {
  const explorerRoot = h("div", { class: "explorer-root" });
  const authoring = createAuthoring(
    () => workspace,
    (sheet) => explorerRoot.after(sheet),
  );
  const networks = createNetworksList({
    workspace: () => workspace,
    library: () => libraryReady,
    published,
    mount: (dialog) => root.append(dialog),
  });
  // A small file opened after a large one can finish first: only the newest open shows.
  const attempts = createOpenAttempts();
  const files = createFileControls({
    current: () => workspace.explorer().currentDocument(),
    // The canvas chunk is small: fetched on the intent, it is ready if the file is large.
    onIntent: () => void loadLargeDrawing().catch(() => undefined),
    onStarted(names, bytes) {
      const token = attempts.start();
      workspace.explorer().announce(`Opening ${names.join(", ")}…`);
      // A file this size is likely a network large enough to be laid out in a worker.
      if (likelyNeedsWorker(bytes)) {
        layoutModule.with(
          (layout) => layout.warmLayoutWorker(),
          () => undefined, // said if the layout needs it
        );
        void loadLargeDrawing().catch(() => undefined);
      }
      return token;
    },
    onActors(token, names, actors) {
      // Small networks open in a moment: only large ones are worth a picture of the actors first.
      if (!onCanvas(actors.kinds.length) || !attempts.current(token)) return;
      const text = `${names.join(", ")}: ${actors.kinds.length.toLocaleString("en")} actors read, reading the ties…`;
      workspace.explorer().announce(`Opening ${text}`);
      loadLargeDrawing().then(
        (drawing) => {
          if (attempts.current(token)) workspace.explorer().preview(actors, text, drawing);
        },
        () => undefined, // no picture of the actors; the network still opens
      );
    },
    onOpened(token, next, warnings, names, omittedWarnings) {
      if (!attempts.current(token)) return dropped(names);
      attempts.settle(token);
      // A network for the canvas, or of many ties, is prepared in slices first (graph, time
      // order), while the picture of its actors stays; it stays over the new explorer until its own.
      const prepared = preparedInSlices(next)
        ? prepareNetwork(next, () => attempts.newest(token))
        : Promise.resolve(undefined);
      // The layout loads before the network is shown: a small network's first picture is final.
      const drawing = Promise.all([drawingFor(next), loadLayout()]).then(([module]) => module);
      void Promise.all([drawing, prepared]).then(async ([largeDrawing, network]) => {
        if (!attempts.newest(token)) return dropped(names);
        await workspace.flush();
        // The hash described the previous network's ids: start the new one from a clean view.
        const before = location.href;
        history.pushState(null, "", `${location.pathname}${location.search}`);
        const cover = workspace.explorer().takePreview();
        try {
          workspace.show(next, undefined, largeDrawing, { prepared: network, cover });
        } catch (error) {
          if (!(error instanceof NetworkKept))
            return showBroken(explorerRoot, names.join(", "), error);
          // The network open before is still shown, as it was: its address and view too.
          history.replaceState(null, "", before);
          return workspace
            .explorer()
            .alert(
              `Could not open ${names.join(", ")}: ${error.message}. The network that was open is unchanged.`,
            );
        }
        // Kept in this browser at once: a reload brings it back, and the one before stays listed.
        workspace.keep();
        const skipped = describeWarnings(warnings, omittedWarnings);
        workspace
          .explorer()
          .announce(
            `Opened ${names.join(", ")}: ${counted(next.actors.length, "actor")}, ${counted(next.ties.length, "tie")}.${skipped}`,
          );
      });
    },
    onFailed(message, token, action) {
      if (token !== undefined) {
        if (!attempts.current(token)) return;
        attempts.settle(token);
      }
      workspace.explorer().clearPreview();
      workspace.explorer().alert(message, action);
    },
  });
  root.replaceChildren(explorerRoot);

  const start = readPageAddress(location.hash);
  let lastSelection: unknown;
  // Whatever app code fails to catch is said in the alert, not lost in the console.
  reportUncaught((message) => workspace.explorer().alert(message));
  const workspace: Workspace = createWorkspace(explorerRoot, published, {
    onExplorer(explorer) {
      // The tab (and the history's entries) name the network shown, as the published page does.
      window.document.title = `${explorer.currentDocument().title} · Backchannel`;
      explorer.toolbar.prepend(files.element, networks.button, authoring.toggle);
      explorerRoot.querySelector("header")?.after(authoring.bar);
      authoring.attach(explorer);
      explorer.store.subscribe((state) => {
        if (state.selection === lastSelection) return;
        lastSelection = state.selection;
        authoring.refresh();
      });
    },
    onChange: () => authoring.refresh(),
    onMoved: (id, position) => authoring.moved(id, position),
    onReleased: (ids) => authoring.released(ids),
    prerendered: page,
    embed,
  });
  if (start.editing) workspace.setEditing(true);
  authoring.refresh();

  // Storage loads and opens in the background; a link naming a stored copy waits for it.
  const storage = import("./storage");
  const libraryReady: Promise<NetworkLibrary> = storage.then((loaded) => loaded.openLibrary());
  Promise.all([storage, libraryReady]).then(
    async ([loaded, library]) => {
      workspace.setLibrary(library, loaded);
      if (start.net) await networks.openStored(start.net, { keepUrl: true });
    },
    (error: unknown) => {
      const { message, action } = partFault("Saving networks in this browser", error);
      workspace.explorer().alert(message, action);
    },
  );
  // Back and Forward may cross from one network to another.
  window.addEventListener("popstate", () => {
    const address = readPageAddress(location.hash);
    if (address.net === workspace.address().net) return;
    if (address.net) void networks.openStored(address.net, { keepUrl: true });
    else networks.openPublished({ keepUrl: true });
  });
  // Leaving the page: a change still waiting is saved now, and kept synchronously too (an
  // IndexedDB save may not finish before the page goes). Hidden may be the last moment a phone
  // gives a page.
  window.addEventListener("pagehide", () => {
    workspace.rescue();
    void workspace.flush();
  });
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") workspace.rescue();
  });
  attachDropZone(
    (files_) => void files.open(files_),
    () => files.warm(),
  );
}
