// The Networks list, wired: the "Networks…" button opens it with what the library holds; open,
// rename, duplicate and delete act on the stored copies; "New network" starts an empty one in
// edit mode; the page's own network is always there as the example. Switching networks saves the
// one open first.
import type { NetworkDocument } from "../schema/networkDocument";
import { h } from "../dom/elements";
import { createNetworksDialog } from "../render/networksDialog";
import { newStoredId } from "../persist/storedNetwork";
import type { NetworkLibrary } from "../persist/networkLibrary";
import { setDetails } from "../edit/editCommands";
import { emptyDocument } from "../edit/recordForms";
import { hashFor } from "./pageAddress";
import type { Workspace } from "./workspace";
import { drawingFor } from "./drawingModule";

export interface NetworksListParts {
  workspace(): Workspace;
  library(): Promise<NetworkLibrary>;
  published: NetworkDocument;
}

export function createNetworksList(parts: NetworksListParts) {
  const { published } = parts;
  const button = h("button", { type: "button" }, "Networks…");
  const say = (message: string) => parts.workspace().explorer().announce(message);
  const alert = (message: string) => parts.workspace().explorer().alert(message);

  const navigate = (hash: string, keepUrl: boolean) => {
    if (!keepUrl)
      history.pushState(
        null,
        "",
        `${location.pathname}${location.search}${hash ? `#${hash}` : ""}`,
      );
  };

  async function openStored(id: string, { keepUrl = false } = {}): Promise<boolean> {
    const library = await parts.library();
    const workspace = parts.workspace();
    await workspace.flush();
    const reading = await library.load(id);
    if (!reading) {
      alert(
        `The network this link names is not kept in this browser (it lives in the browser that made it). Showing “${workspace.session().document().title}” instead.`,
      );
      return false;
    }
    if (!reading.ok) {
      alert(`Could not open the stored network: ${reading.message}.`);
      return false;
    }
    const { network } = reading;
    navigate(hashFor({ net: id, editing: workspace.editing() }, network.view), keepUrl);
    workspace.show(
      network.document,
      {
        id,
        revision: network.revision,
        ...(network.history ? { history: network.history } : {}),
      },
      await drawingFor(network.document),
    );
    if (reading.migrated)
      say(
        `“${network.document.title}” was stored by an earlier version and has been brought up to date.`,
      );
    return true;
  }

  function openPublished({ keepUrl = false } = {}): void {
    const workspace = parts.workspace();
    void workspace.flush().then(() => {
      navigate("", keepUrl);
      workspace.show(published);
    });
  }

  const dialog = createNetworksDialog({
    open: (id) => void openStored(id).then(() => dialog.close()),
    openExample() {
      openPublished();
      dialog.close();
    },
    create() {
      const workspace = parts.workspace();
      void workspace.flush().then(() => {
        navigate("", false);
        workspace.show(emptyDocument());
        workspace.keep();
        workspace.setEditing(true);
        dialog.close();
      });
    },
    rename: (id, title) => void rename(id, title),
    duplicate: (id) => void duplicate(id),
    remove: (id) => void remove(id),
  });

  async function refresh(): Promise<void> {
    const library = await parts.library();
    const listing = await library.list();
    dialog.show({
      ...listing,
      openId: parts.workspace().address().net,
      example: {
        title: published.title,
        actors: published.actors.length,
        ties: published.ties.length,
      },
      problem: library.problem,
    });
  }

  async function rename(id: string, title: string): Promise<void> {
    const workspace = parts.workspace();
    if (workspace.address().net === id) {
      // The open network: an undoable edit like any other.
      const doc = workspace.session().document();
      workspace.commit(setDetails(doc, { ...detailsOf(doc), title }));
      await workspace.flush();
    } else {
      const library = await parts.library();
      const reading = await library.load(id);
      if (!reading?.ok) return;
      const { network } = reading;
      const result = await library.save(
        { ...network, document: { ...network.document, title }, updatedAt: Date.now() },
        network.revision,
      );
      if (!result.ok) alert(`Could not rename: ${result.message}.`);
    }
    await refresh();
  }

  async function duplicate(id: string): Promise<void> {
    const library = await parts.library();
    await parts.workspace().flush();
    const reading = await library.load(id);
    if (!reading?.ok) return;
    const { network } = reading;
    const copy = {
      id: newStoredId(),
      document: { ...network.document, title: `${network.document.title} (copy)` },
      view: network.view,
      updatedAt: Date.now(),
    };
    const result = await library.save(copy, 0);
    if (!result.ok) alert(`Could not duplicate: ${result.message}.`);
    await refresh();
  }

  async function remove(id: string): Promise<void> {
    const library = await parts.library();
    await library.remove(id);
    if (parts.workspace().address().net === id) openPublished();
    await refresh();
  }

  button.addEventListener("click", () => void refresh());
  return { button, element: dialog.element, openStored, openPublished };
}

function detailsOf(doc: NetworkDocument) {
  return {
    title: doc.title,
    ...(doc.description !== undefined ? { description: doc.description } : {}),
    ...(doc.asOf !== undefined ? { asOf: doc.asOf } : {}),
  };
}
