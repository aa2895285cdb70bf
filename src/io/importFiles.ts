// Opening files: detect each file's format and hand it to its importer — one network file, or
// CSV tables of actors and ties together. Every importer's result meets here and passes the same
// checks: the size limits (importLimits), hidden characters and over-long texts (sanitizeImported)
// and bounded messages (importMessages).
import type { Problem } from "../schema/parseDocument";
import { detectFormat, type NetworkFormat } from "./detectFormat";
import { importBackchannelJson } from "./importBackchannelJson";
import { importCsvFiles } from "./importCsv";
import { importGexf } from "./importGexf";
import { importGraphml } from "./importGraphml";
import { importGraphologyJson } from "./importGraphologyJson";
import { importNodeLinkJson } from "./importNodeLinkJson";
import { checkFileSizes, checkNetworkSize, IMPORT_LIMITS } from "./importLimits";
import { boundMessages } from "./importMessages";
import type { ActorsRead, ImportFile, ImportResult } from "./importResult";
import { sanitizeImported } from "./sanitizeImported";

const SINGLE_FILE_IMPORTERS: Record<
  Exclude<NetworkFormat, "csv-edges" | "csv-nodes">,
  (file: ImportFile) => ImportResult
> = {
  backchannel: importBackchannelJson,
  "graphology-json": importGraphologyJson,
  "node-link-json": importNodeLinkJson,
  gexf: importGexf,
  graphml: importGraphml,
};

export interface ImportOptions {
  /** The actors' kinds (and the file's positions), in order, as soon as they are read (GEXF only:
   * its actors come first), while the ties are still being read; the full result follows. */
  onActors?: (actors: ActorsRead) => void;
  /** Open a network larger than the page opens without asking (the reader said yes). */
  allowLarge?: boolean;
}

/**
 * The files as a checked document: refused when too big to read or too large to draw, a failure
 * with `large` set when the reader should be asked first (unless `allowLarge`), otherwise the
 * document with hidden characters removed and long texts cut, and a bounded list of warnings.
 */
export function importFiles(
  files: readonly ImportFile[],
  options: ImportOptions = {},
): ImportResult {
  // Text length stands in for bytes here: the page and the worker check the files' real sizes
  // before reading them (importFromFiles).
  const tooBig = checkFileSizes(files.map((file) => ({ name: file.name, size: file.text.length })));
  if (tooBig) return { ok: false, problems: [tooBig] };
  const allowed = options.allowLarge ? IMPORT_LIMITS.maxActors : IMPORT_LIMITS.askActors;
  const onActors = options.onActors;
  const result = importAny(files, {
    // No picture of actors the page would not open (or not without asking).
    ...(onActors
      ? { onActors: (actors) => actors.kinds.length <= allowed && onActors(actors) }
      : {}),
  });
  if (!result.ok) return boundMessages(result);
  const path = files.map((file) => file.name).join(", ");
  const size = checkNetworkSize(result.document);
  if (size.verdict === "refuse") return { ok: false, problems: [{ path, message: size.message }] };
  if (size.verdict === "ask" && !options.allowLarge)
    return {
      ok: false,
      problems: [{ path, message: "is large: the reader is asked before it opens" }],
      large: size.size,
    };
  const clean = sanitizeImported(result.document);
  return boundMessages({
    ok: true,
    document: clean.document,
    warnings: [...result.warnings, ...clean.warnings],
  });
}

function importAny(files: readonly ImportFile[], options: ImportOptions): ImportResult {
  if (files.length === 0)
    return { ok: false, problems: [{ path: "", message: "no file was given to open" }] };
  const formats: NetworkFormat[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const detected = detectFormat(file);
    if (detected.ok) formats.push(detected.format);
    else problems.push(detected.problem);
  }
  if (problems.length > 0) return { ok: false, problems };

  if (formats.every((format) => format === "csv-edges" || format === "csv-nodes"))
    return importCsvFiles(files);
  const [file] = files;
  const [format] = formats;
  if (files.length > 1 || !file || !format || format === "csv-edges" || format === "csv-nodes")
    return {
      ok: false,
      problems: [
        {
          path: files.map((f) => f.name).join(", "),
          message:
            "open one network file at a time, or CSV tables only (a table of actors and a table of ties)",
        },
      ],
    };
  if (format === "gexf") return importGexf(file, options);
  return SINGLE_FILE_IMPORTERS[format](file);
}
