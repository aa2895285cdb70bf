// The network being worked on, from session to screen: its edit session, the explorer showing
// it (rebuilt after an edit to its content, only moved after an edit to its arrangement), the
// stored copy it is kept in (named in the URL as `net=…`; app/storedCopy.ts saves it). The page's own
// (published) network is not stored until the user changes it: a new visitor sees what the page
// publishes, and the user's edits live in their own copy.
import type { NetworkDocument, Position } from "../schema/networkDocument";
import { createEditSession, type EditSession, type SessionChange } from "../edit/editSession";
import type { EditHistory } from "../edit/editHistory";
import type { Patch } from "../edit/documentPatch";
import type { Problem } from "../schema/parseDocument";
import type { NetworkLibrary } from "../persist/networkLibrary";
import { newStoredId } from "../persist/storedId";
import type * as Storage from "./storage";
import { createExplorer } from "./explorerApp";
import type { Explorer, ExplorerOptions, LargeDrawingModule } from "./explorerApp";
import { loadLargeDrawing, preparedInSlices } from "./drawingModule";
import { prepareNetwork, type PreparedNetwork } from "./stagedRebuild";
import { swapExplorer } from "./explorerSwap";
import { afterPainted, markEditShown } from "./benchMarks";
import { createStoredCopy } from "./storedCopy";
import { pagePrefix, writePageAddress, type PageAddress } from "./pageAddress";
import type { PrerenderedPage } from "./prerendered";

export interface WorkspaceHooks {
  /** A new explorer is on the page: add the shell's controls to it. */
  onExplorer(explorer: Explorer): void;
  /** The document, its history, edit mode or the save status changed: refresh the editor. */
  onChange(): void;
  /** The arrangement asks for a move or a release (the editor turns them into edits). */
  onMoved(id: string, position: Position): void;
  onReleased(ids: string[]): void;
  /** The published page's layout and picture, taken over by the first explorer only. */
  prerendered?: Pick<PrerenderedPage, "layout" | "picture"> | undefined;
  /** The page is shown in another page's frame (app/embed.ts). */
  embed?: boolean;
}

export interface Workspace {
  session(): EditSession;
  explorer(): Explorer;
  address(): PageAddress;
  editing(): boolean;
  setEditing(on: boolean): void;
  /** Says something to everyone, on the explorer shown once an edit's rebuild is done. */
  announce(message: string): void;
  /** Commits an edit (storing the network if it was not yet): problems, or undefined. */
  commit(patch: Patch): Problem[] | undefined;
  undo(): void;
  redo(): void;
  /** Shows a stored network (id, revision) or the page's own; NetworkKept if it cannot be drawn. */
  show(
    document: NetworkDocument,
    /** `unsaved`: the document is not the stored copy's (a change rescued as the page closed). */
    stored?: { id: string; revision: number; history?: EditHistory; unsaved?: boolean },
    largeDrawing?: LargeDrawingModule,
    /** A file just opened: its prepared graph and the preview kept until its picture is there. */
    opening?: Pick<ExplorerOptions, "prepared" | "cover">,
  ): void;
  /** Keeps the open network as a new stored copy (a file just opened, a new network). */
  keep(): void;
  saveStatus(): { text: string; problem: boolean };
  /** The library, once open (IndexedDB or memory). */
  library(): NetworkLibrary | undefined;
  /** The library is open: the open network is saved in it from now on (app/storage.ts). */
  setLibrary(library: NetworkLibrary, storage: Pick<typeof Storage, "createAutosave">): void;
  flush(): Promise<void>;
  /** The page is hidden or closing: a change not yet saved is kept synchronously as well. */
  rescue(): void;
}

export function createWorkspace(
  root: HTMLElement,
  first: NetworkDocument,
  hooks: WorkspaceHooks,
): Workspace {
  let session = createEditSession(first);
  let unsubscribe = session.subscribe(onSessionChange);
  let address: PageAddress = { net: undefined, editing: false };
  const copy = createStoredCopy({
    net: () => address.net,
    session: () => session,
    onChange: () => hooks.onChange(),
  });
  let largeDrawing: LargeDrawingModule | undefined;
  let prerendered = hooks.prerendered;
  let explorer: Explorer = build(first);

  function build(
    document: NetworkDocument,
    opening: Pick<ExplorerOptions, "prepared" | "cover"> = {},
  ): Explorer {
    const page = prerendered;
    prerendered = undefined;
    const created = createExplorer(root, document, {
      ...opening,
      ...(largeDrawing ? { largeDrawing } : {}),
      ...(page ? { layout: page.layout, picture: page.picture } : {}),
      // The page's own network until a file is opened or an edit keeps a copy (`net=…`).
      published: () => address.net === undefined,
      embed: hooks.embed ?? false,
      arrangement: { onMoved: hooks.onMoved, onReleased: hooks.onReleased },
      hashPrefix: () => pagePrefix(address),
    });
    // Positions the layout placed become part of the document, so a reload shows the same picture.
    void created.settled.then(
      (positions) => {
        if (explorer === created) session.adoptPositions(positions);
      },
      () => undefined,
    );
    // The view (selection, zoom, filters) is kept with the stored copy as it changes (the view
    // alone: the document stored is not written again for a pan).
    created.store.subscribe(() => {
      copy.viewChanged();
    });
    hooks.onExplorer(created);
    return created;
  }

  /**
   * Rebuilds counted: a rebuild still preparing (a large network's, in steps) gives way to a newer
   * one or to another network shown. While one prepares, the explorer on the page is the old one.
   */
  let rebuilds = 0;
  let preparing = false;
  /** Said on the old explorer while the new one was prepared: said again on the new one. */
  let announcement: string | undefined;

  function rebuild(): void {
    const document = session.document();
    const generation = ++rebuilds;
    const current = () => generation === rebuilds;
    const finish = (prepared?: PreparedNetwork) => {
      if (!current()) return;
      preparing = false;
      // Something changed meanwhile (positions adopted, a move): prepare that document instead.
      if (session.document() !== document) return rebuild();
      // Focus stays where it was when that was outside the explorer (the editor, its bar).
      const focused = window.document.activeElement;
      explorer.destroy();
      explorer = build(document, prepared ? { prepared } : {});
      whenShown();
      if (focused instanceof HTMLElement && focused.isConnected && focused !== window.document.body)
        focused.focus();
      if (announcement !== undefined) explorer.announce(announcement);
      announcement = undefined;
    };
    if (!preparedInSlices(document)) return finish();
    // A large network (or many ties): the graph is built in steps, and the canvas chunk loaded if
    // it is not yet.
    preparing = true;
    void Promise.all([
      largeDrawing ?? loadLargeDrawing().catch(() => undefined),
      prepareNetwork(document, current),
    ]).then(
      ([module, prepared]) => {
        largeDrawing = module ?? largeDrawing;
        if (prepared) finish(prepared);
      },
      () => finish(), // preparing failed: built from the document at once, as small ones are
    );
  }

  function onSessionChange(change: SessionChange): void {
    if (change.kind === "adopt") {
      copy.save();
      hooks.onChange(); // the bar says "Saving…" until it is saved
      return;
    }
    if (change.arrangementOnly && !preparing) {
      explorer.setArrangement(change.document);
      whenShown();
    } else rebuild();
    if (change.kind !== "replace") {
      if (!address.net) keep();
      else copy.save();
    }
    hooks.onChange();
  }

  /** Marks the change painted, for `npm run bench` (after the frame that draws it). */
  function whenShown(): void {
    const shown = explorer;
    requestAnimationFrame(() =>
      afterPainted({ drawn: () => shown.drawn() }, () => explorer === shown, markEditShown),
    );
  }

  function keep(): void {
    const id = newStoredId();
    address = { ...address, net: id };
    writePageAddress(address);
    copy.kept(id);
  }

  return {
    session: () => session,
    explorer: () => explorer,
    address: () => address,
    editing: () => address.editing,
    setEditing(on) {
      address = { ...address, editing: on };
      writePageAddress(address);
      hooks.onChange();
    },
    announce(message) {
      explorer.announce(message);
      announcement = preparing ? message : undefined;
    },
    commit: (patch) => session.commit(patch),
    undo: () => void session.undo(),
    redo: () => void session.redo(),
    show(document, stored, module, opening) {
      const before = { session, address, largeDrawing, preparing };
      largeDrawing = module ?? largeDrawing;
      rebuilds++; // a rebuild still preparing was for the network shown before
      preparing = false;
      announcement = undefined;
      unsubscribe();
      session = createEditSession(document, stored?.history);
      unsubscribe = session.subscribe(onSessionChange);
      address = { ...address, net: stored?.id };
      writePageAddress(address);
      try {
        explorer = swapExplorer(root, explorer, () => build(document, opening));
      } catch (error) {
        unsubscribe(); // not drawn: the network before stays, its session and stored copy too
        ({ session, address, largeDrawing } = before);
        unsubscribe = session.subscribe(onSessionChange);
        writePageAddress(address);
        hooks.onExplorer(explorer);
        if (before.preparing) rebuild();
        throw error;
      }
      copy.shown(stored);
      if (stored?.unsaved) copy.save();
      hooks.onChange();
    },
    keep,
    saveStatus: () => copy.status(),
    library: () => copy.library(),
    setLibrary: (next, storage) => copy.setLibrary(next, storage),
    flush: () => copy.flush(),
    rescue: () => copy.rescue(),
  };
}
