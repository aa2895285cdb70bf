// Where the open network is kept in this browser: the library (IndexedDB, or memory when the
// browser refuses it), the autosave writing the open network to it, the revision it was read at,
// and the line that says how saving goes ("Saved in this browser 12:04", "Not saved: …").
// The workspace (app/workspace.ts) says which network is open and when it changes.
import type { EditSession } from "../edit/editSession";
import type { NetworkLibrary } from "../persist/networkLibrary";
import type { Autosave, AutosaveStatus } from "../persist/autosave";
import type { StoredNetwork } from "../persist/storedNetwork";
import type * as Storage from "./storage";
import { markSaved } from "./benchMarks";
import { viewPart } from "./pageAddress";
import { dropRescue, pageStorage, writeRescue } from "../persist/unsavedRescue";

export interface SaveStatus {
  text: string;
  problem: boolean;
}

export interface StoredCopy {
  /** Something changed: saved shortly (`viewOnly`: the view alone, a pan or a selection). */
  save(viewOnly?: boolean): void;
  /** The explorer's state changed: its view is saved if the URL's view part is new. */
  viewChanged(): void;
  /** A network is shown: a stored one (read at `revision`) or the page's own (not stored). */
  shown(stored: { id: string; revision: number } | undefined): void;
  /** The open network was given a new stored id: saved as a new copy. */
  kept(id: string): void;
  status(): SaveStatus;
  library(): NetworkLibrary | undefined;
  setLibrary(library: NetworkLibrary, storage: Pick<typeof Storage, "createAutosave">): void;
  flush(): Promise<void>;
  /** The page is hidden or closing: a change not yet saved is kept synchronously as well. */
  rescue(): void;
}

export function createStoredCopy(open: {
  /** The stored id of the network open (`net=…`), if it is stored. */
  net(): string | undefined;
  session(): EditSession;
  /** The status line changed. */
  onChange(): void;
}): StoredCopy {
  let revision = 0;
  let library: NetworkLibrary | undefined;
  let autosave: Autosave | undefined;
  let status: SaveStatus = { text: "", problem: false };
  /** The view last scheduled for saving: a hover or a search keystroke is not worth a save. */
  let savedView = "";

  function save(viewOnly = false): void {
    const id = open.net();
    if (!id || !autosave) return;
    // What to store is read when the save runs (the latest document), from this session.
    const current = open.session();
    status = { text: "Saving…", problem: false };
    savedView = viewPart(location.hash);
    const view = savedView;
    autosave.changed(
      (): Omit<StoredNetwork, "revision" | "storeFormat"> => ({
        id,
        document: current.document(),
        view,
        updatedAt: Date.now(),
        history: current.history(),
      }),
      viewOnly,
    );
  }

  function setStatus(next: AutosaveStatus): void {
    if (next.state === "saved") {
      markSaved();
      const id = open.net();
      if (id) dropRescue(pageStorage(), id);
      const time = new Date(next.at).toLocaleTimeString("en-GB", {
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      });
      const memory = library?.kind === "memory";
      status = {
        text: `${memory ? "Kept until this page closes" : "Saved in this browser"} ${time}`,
        problem: memory,
      };
    } else if (next.state === "conflict")
      status = {
        text: `Not saved: ${next.message}. Reload to see the other tab's version, or use Networks → Duplicate to keep yours.`,
        problem: true,
      };
    else
      status = {
        text: `Not saved: ${next.message}. Your changes are kept on this page; export the data to keep a copy.`,
        problem: true,
      };
    open.onChange();
  }

  return {
    save,
    viewChanged() {
      if (open.net() && viewPart(location.hash) !== savedView) save(true);
    },
    shown(stored) {
      revision = stored?.revision ?? 0;
      if (stored) autosave?.open(stored.id, revision);
      status = { text: stored ? "Saved in this browser" : "", problem: false };
    },
    kept(id) {
      revision = 0;
      autosave?.open(id, 0);
      save();
    },
    status: () => status,
    library: () => library,
    setLibrary(next, storage) {
      library = next;
      autosave?.dispose();
      autosave = storage.createAutosave(next, {
        onStatus: setStatus,
        onSavedElsewhere: () =>
          setStatus({ state: "conflict", message: "this network was changed in another tab" }),
        ...(typeof BroadcastChannel === "function"
          ? { channel: new BroadcastChannel("backchannel-networks") }
          : {}),
      });
      if (next.problem) status = { text: next.problem, problem: true };
      const id = open.net();
      if (id) {
        autosave.open(id, revision);
        save();
      }
      open.onChange();
    },
    flush: () => autosave?.flush() ?? Promise.resolve(),
    rescue() {
      const unsaved = autosave?.unsaved();
      if (unsaved) writeRescue(pageStorage(), unsaved);
    },
  };
}
