// Opening and saving networks: the "Open…" button (backed by a file input), dropping files
// anywhere on the page, and "Export data" in four formats. Reading goes through importFiles (in
// the import worker, see importRunner), so every file passes the same validation; a bad file never
// replaces the open network. The writers load on first use, not with the page.
import type * as Io from "../io/index";
import type { ExportedFile, ImportResult } from "../io/index";
import { createImporter } from "../io/importRunner";
import { largeNetworkQuestion } from "../io/importLimits";
import type { ActorsRead } from "../io/importResult";
import type { NetworkDocument } from "../schema/networkDocument";
import { formatProblem } from "../schema/parseDocument";
import { downloadBlob } from "../render/download";
import { askQuestion } from "../render/confirmDialog";
import { h } from "../dom/elements";
import { describeError, isLoadFailure, loadFailureText, reloadAction } from "./faults";

export interface FaultAction {
  label: string;
  run(): void;
}

export interface FileCallbacks {
  /** The network to save. */
  current(): NetworkDocument;
  /** A file is probably on its way (the pointer is on "Open…", or one is dragged over the page). */
  onIntent?(): void;
  /**
   * Reading has begun (large files take a moment); `bytes` is their total size. Returns this
   * open's token, which the calls about it carry: a later open may finish first.
   */
  onStarted(names: string[], bytes: number): number;
  /** The actors of a large GEXF are read (their kinds and positions); the ties are still read. */
  onActors(token: number, names: string[], actors: ActorsRead): void;
  onOpened(
    token: number,
    document: NetworkDocument,
    warnings: string[],
    names: string[],
    omitted: number,
  ): void;
  /**
   * An open (with its token) or an export (without) failed; `action` is what the message offers
   * (open the same files again, or reload the page when a part of the app could not be loaded).
   */
  onFailed(message: string, token?: number, action?: FaultAction): void;
}

type IoModule = typeof Io;
const loadIo = (): Promise<IoModule> => import("../io/index");

const ACCEPT = ".json,.cyjs,.gexf,.graphml,.xml,.csv,.tsv,.txt,application/json,text/csv";

/** Turns import problems into one message that names the file, what is wrong and where. */
export function describeFailure(
  names: readonly string[],
  result: Extract<ImportResult, { ok: false }>,
): string {
  const lines = result.problems.slice(0, 8).map((problem) => {
    const text = formatProblem(problem);
    return names.some((name) => text.startsWith(name)) ? text : `${names.join(", ")}: ${text}`;
  });
  const extra = result.problems.length - 8 + (result.omittedProblems ?? 0);
  const more = extra > 0 ? ` … and ${extra.toLocaleString("en")} more problems` : "";
  return `Could not open ${names.join(", ")}. ${lines.join("; ")}${more}. The network that was open is unchanged.`;
}

export function createFileControls(callbacks: FileCallbacks): {
  element: HTMLElement;
  open(files: readonly File[]): Promise<void>;
  /** Gets the import worker ready: a file is probably on its way. */
  warm(): void;
} {
  const importer = createImporter();
  const input = h("input", {
    type: "file",
    multiple: true,
    accept: ACCEPT,
    hidden: true,
    "aria-label": "Open network files",
  });
  const openButton = h("button", { type: "button" }, "Open…");
  openButton.addEventListener("click", () => input.click());
  const warm = () => {
    importer.warm();
    callbacks.onIntent?.();
  };
  openButton.addEventListener("pointerenter", warm);
  openButton.addEventListener("focus", warm);

  const open = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const names = files.map((file) => file.name);
    const token = callbacks.onStarted(
      names,
      files.reduce((sum, file) => sum + file.size, 0),
    );
    let result: ImportResult;
    try {
      result = await importer.importFiles(files, {
        onActors: (actors) => callbacks.onActors(token, names, actors),
        askLarge: (size) => askQuestion(largeNetworkQuestion(names, size)),
      });
    } catch (error) {
      // The importers could not be loaded (offline before they were fetched), or a bug.
      const offline = isLoadFailure(error);
      callbacks.onFailed(
        `Could not open ${names.join(", ")}. ${offline ? loadFailureText("The file readers") : `${describeError(error)}.`} The network that was open is unchanged.`,
        token,
        offline ? reloadAction : { label: "Try again", run: () => void open(files) },
      );
      return;
    }
    if (result.ok)
      callbacks.onOpened(
        token,
        result.document,
        result.warnings,
        names,
        result.omittedWarnings ?? 0,
      );
    else callbacks.onFailed(describeFailure(names, result), token);
  };
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    input.value = "";
    void open(files);
  });

  const save = (file: ExportedFile) =>
    downloadBlob(new Blob([file.text], { type: file.mimeType }), file.fileName);
  const exportButton = (
    label: string,
    write: (io: IoModule, document: NetworkDocument) => ExportedFile[],
  ) => {
    const button = h("button", { type: "button" }, label);
    button.addEventListener("click", () => {
      void loadIo()
        .then((io) => write(io, callbacks.current()).forEach(save))
        .catch((error: unknown) =>
          isLoadFailure(error)
            ? callbacks.onFailed(
                `Export failed. ${loadFailureText("The file writers")}`,
                undefined,
                reloadAction,
              )
            : callbacks.onFailed(`Export failed: ${describeError(error)}`),
        );
    });
    return button;
  };
  const exportMenu = h(
    "details",
    { class: "export-options data-export" },
    h("summary", {}, "Export data"),
    h(
      "div",
      { class: "options-body" },
      exportButton("Backchannel JSON", (io, doc) => [io.exportDocumentJson(doc)]),
      exportButton("GEXF (Gephi)", (io, doc) => [io.exportGexf(doc)]),
      exportButton("GraphML", (io, doc) => [io.exportGraphml(doc)]),
      exportButton("CSV (actors + ties)", (io, doc) => io.exportCsvTables(doc)),
    ),
  );
  return {
    element: h(
      "div",
      { class: "file-controls", role: "group", "aria-label": "Files" },
      openButton,
      input,
      exportMenu,
    ),
    open,
    warm,
  };
}

/** Dropping files anywhere on the page opens them; an overlay says so while dragging. */
export function attachDropZone(
  onFiles: (files: File[]) => void,
  onDragStart = () => {},
): () => void {
  const overlay = h(
    "div",
    { class: "drop-overlay", hidden: true, "aria-hidden": "true" },
    "Drop to open",
  );
  document.body.append(overlay);
  let depth = 0;
  const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes("Files");
  const enter = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (depth === 0) onDragStart();
    depth++;
    overlay.hidden = false;
  };
  const over = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
  };
  const leave = () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) onFiles(files);
  };
  window.addEventListener("dragenter", enter);
  window.addEventListener("dragover", over);
  window.addEventListener("dragleave", leave);
  window.addEventListener("drop", drop);
  return () => {
    window.removeEventListener("dragenter", enter);
    window.removeEventListener("dragover", over);
    window.removeEventListener("dragleave", leave);
    window.removeEventListener("drop", drop);
    overlay.remove();
  };
}
