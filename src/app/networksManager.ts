// The Networks dialog, wired (loaded when "Networks…" is first pressed): it lists what the
// library holds; rename, duplicate and delete act on the stored copies; "New network" starts an
// empty one in edit mode; the page's own network is always there as the example. Opening one
// goes through app/networksList.ts, which the page needs from the start (a link naming a stored
// copy).
import type { NetworkDocument } from "../schema/networkDocument";
import { createNetworksDialog } from "../render/networksDialog";
import { newStoredId } from "../persist/storedId";
import type { NetworkLibrary } from "../persist/networkLibrary";
import { setDetails } from "../edit/editCommands";
import { detailsOf } from "../edit/documentPatch";
import { emptyDocument } from "../edit/recordForms";
import type { Workspace } from "./workspace";

export interface NetworksManagerParts {
  workspace(): Workspace;
  library(): Promise<NetworkLibrary>;
  published: NetworkDocument;
  openStored(id: string): Promise<boolean>;
  openPublished(): void;
  /** Puts the address of the page's own network (no `net=`) in the history. */
  navigateHome(): void;
  alert(message: string): void;
}

export function createNetworksManager(parts: NetworksManagerParts): {
  element: HTMLDialogElement;
  refresh(): Promise<void>;
} {
  const { published, alert } = parts;
  const dialog = createNetworksDialog({
    open: (id) => void parts.openStored(id).then(() => dialog.close()),
    openExample() {
      parts.openPublished();
      dialog.close();
    },
    create() {
      const workspace = parts.workspace();
      void workspace.flush().then(() => {
        parts.navigateHome();
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
    // A change still waiting (a file just opened and not yet saved) is in the list too.
    await parts.workspace().flush();
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
    const workspace = parts.workspace();
    await workspace.flush();
    const reading = await library.load(id);
    if (!reading?.ok) return;
    const { network } = reading;
    // The open network as this tab has it: when another tab saved over it, this tab's changes are
    // not stored, and a copy is how the edit bar tells the user to keep them.
    const document =
      workspace.address().net === id ? workspace.session().document() : network.document;
    const copy = {
      id: newStoredId(),
      document: { ...document, title: `${document.title} (copy)` },
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
    if (parts.workspace().address().net === id) parts.openPublished();
    await refresh();
  }

  return { element: dialog.element, refresh };
}
