// Opening files: detect each file's format and hand it to its importer — one network file, or
// CSV tables of actors and ties together.
import type { Problem } from "../schema/parseDocument";
import { detectFormat, type NetworkFormat } from "./detectFormat";
import { importBackchannelJson } from "./importBackchannelJson";
import { importCsvFiles } from "./importCsv";
import { importGexf } from "./importGexf";
import { importGraphml } from "./importGraphml";
import { importGraphologyJson } from "./importGraphologyJson";
import { importNodeLinkJson } from "./importNodeLinkJson";
import type { ImportFile, ImportResult } from "./importResult";
import type { ActorKind } from "../schema/vocabulary";

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
  /** The kinds of the actors, in order, as soon as they are read (GEXF only: its actors come
   * first), while the ties are still being read; the full result follows. */
  onActors?: (kinds: ActorKind[]) => void;
}

export function importFiles(
  files: readonly ImportFile[],
  options: ImportOptions = {},
): ImportResult {
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
