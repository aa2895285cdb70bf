// The Networks list, wired: the "Networks…" button, and opening a stored copy (a link naming one,
// Back and Forward) or the page's own network. Switching networks saves the one open first. The
// dialog itself and what it does to the stored copies (app/networksManager.ts) load when the
// button is first pressed; if they cannot, the page's alert says so.
import type { NetworkDocument } from "../schema/networkDocument";
import { h } from "../dom/elements";
import type { NetworkLibrary } from "../persist/networkLibrary";
import { hashFor } from "./pageAddress";
import type { Workspace } from "./workspace";
import { drawingFor } from "./drawingModule";
import { lazyPart } from "./lazyPart";
import { loadLayout } from "./layoutLoading";
import { fetchWhenIdle } from "./deferredModules";
import { partFault } from "./faults";
import { NetworkKept } from "./explorerSwap";
import { pageStorage, writeRescue } from "../persist/unsavedRescue";

const loadManager = () => import("./networksManager");

export interface NetworksListParts {
  workspace(): Workspace;
  library(): Promise<NetworkLibrary>;
  published: NetworkDocument;
  /** Puts the dialog on the page (once, when it is first made). */
  mount(dialog: HTMLElement): void;
}

export function createNetworksList(parts: NetworksListParts) {
  const { published } = parts;
  const button = h("button", { type: "button" }, "Networks…");
  const say = (message: string) => parts.workspace().explorer().announce(message);
  const alert = (message: string, action?: { label: string; run(): void }) =>
    parts.workspace().explorer().alert(message, action);

  const navigate = (hash: string, keepUrl: boolean) => {
    if (!keepUrl)
      history.pushState(
        null,
        "",
        `${location.pathname}${location.search}${hash ? `#${hash}` : ""}`,
      );
  };

  /**
   * The address names the network open again: after Back or Forward (`keepUrl`) to one that was
   * not shown, the entry is rewritten to what is on screen; else `before` is put back.
   */
  const restoreAddress = (keepUrl: boolean, before: string) => {
    if (keepUrl) parts.workspace().explorer().rewriteAddress();
    else history.replaceState(null, "", before);
  };

  /**
   * Shows another network; if it cannot be drawn, the one open stays as it was (NetworkKept) and
   * so does the address, and the alert says so. False when it was not shown.
   */
  function showKeeping(title: string, keepUrl: boolean, show: () => void): boolean {
    const before = location.href;
    try {
      show();
      return true;
    } catch (error) {
      if (!(error instanceof NetworkKept)) throw error;
      restoreAddress(keepUrl, before);
      alert(`Could not open “${title}”: ${error.message}. The network that was open is unchanged.`);
      return false;
    }
  }

  async function openStored(id: string, { keepUrl = false } = {}): Promise<boolean> {
    // A stored network may have actors without a place: the layout is there before it is shown.
    // Storage is loaded by then (the library comes from it): taking a rescue back fetches nothing.
    const [library, storage] = await Promise.all([
      parts.library(),
      import("./storage"),
      loadLayout(),
    ]);
    const workspace = parts.workspace();
    await workspace.flush();
    const reading = await library.load(id);
    // A change not saved when the page last closed comes back (persist/unsavedRescue.ts).
    const rescued =
      reading === undefined || reading.ok
        ? storage.takeRescue(pageStorage(), id, reading?.network.revision ?? 0)
        : undefined;
    if (!reading && !rescued) {
      if (keepUrl) workspace.explorer().rewriteAddress();
      alert(
        `The network this link names is not kept in this browser (it lives in the browser that made it). Showing “${workspace.session().document().title}” instead.`,
      );
      return false;
    }
    if (reading && !reading.ok) {
      if (keepUrl) workspace.explorer().rewriteAddress();
      alert(`Could not open the stored network: ${reading.message}.`);
      return false;
    }
    const network = rescued ?? reading!.network;
    const drawing = await drawingFor(network.document);
    const shown = showKeeping(network.document.title, keepUrl, () => {
      navigate(hashFor({ net: id, editing: workspace.editing() }, network.view), keepUrl);
      workspace.show(
        network.document,
        {
          id,
          revision: network.revision,
          ...(network.history ? { history: network.history } : {}),
          ...(rescued ? { unsaved: true } : {}),
        },
        drawing,
      );
    });
    if (!shown) {
      // Not drawn: the change kept as the page closed is kept again, for the next open.
      if (rescued) writeRescue(pageStorage(), { network: rescued, base: rescued.revision });
      return false;
    }
    if (rescued)
      say(
        `Your last change to “${network.document.title}”, made as the page closed, was brought back and is being saved.`,
      );
    else if (reading?.migrated)
      say(
        `“${network.document.title}” was stored by an earlier version and has been brought up to date.`,
      );
    return true;
  }

  function openPublished({ keepUrl = false } = {}): void {
    const workspace = parts.workspace();
    // Its layout came with the page for the first picture only: it is laid out again.
    void Promise.all([workspace.flush(), loadLayout()]).then(() =>
      showKeeping(published.title, keepUrl, () => {
        navigate("", keepUrl);
        workspace.show(published);
      }),
    );
  }

  // Fetched while the page is idle, so the list works offline too.
  fetchWhenIdle(loadManager);
  const manager = lazyPart(() =>
    loadManager().then(({ createNetworksManager }) => {
      const made = createNetworksManager({
        workspace: parts.workspace,
        library: parts.library,
        published,
        openStored: (id) => openStored(id),
        openPublished: () => openPublished(),
        navigateHome: () => navigate("", false),
        alert,
      });
      parts.mount(made.element);
      return made;
    }),
  );
  button.addEventListener("click", () =>
    manager.with(
      (loaded) => void loaded.refresh(),
      (error) => {
        const { message, action } = partFault("The Networks list", error);
        alert(message, action);
      },
    ),
  );
  return { button, openStored, openPublished };
}
