// Picked files → their text → importFiles: what the import worker runs, and the page when there is
// no worker.
import { importFiles, type ImportOptions } from "./importFiles";
import { checkFileSizes } from "./importLimits";
import type { ImportFile, ImportResult } from "./importResult";
import { decodeText, encodingWarning } from "./textDecoding";

/**
 * Reads the files' text (in the encoding each was written in: io/textDecoding) and imports them; a file that cannot be read is the problem named, and
 * files too big to open are refused before they are read.
 */
export async function importFromFiles(
  files: readonly File[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const tooBig = checkFileSizes(files);
  if (tooBig) return { ok: false, problems: [tooBig] };
  let read: ImportFile[];
  const warnings: string[] = [];
  try {
    read = await Promise.all(
      files.map(async (file) => {
        const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()));
        const warning = encodingWarning(file.name, encoding);
        if (warning) warnings.push(warning);
        return { name: file.name, text };
      }),
    );
  } catch (error) {
    return unreadable(files, error);
  }
  const result = importFiles(read, options);
  return result.ok && warnings.length > 0
    ? { ...result, warnings: [...warnings, ...result.warnings] }
    : result;
}

/** Files that could not be read (or imported at all), and why. */
export function unreadable(
  files: readonly { name: string }[],
  error: unknown,
): Extract<ImportResult, { ok: false }> {
  return {
    ok: false,
    problems: [
      {
        path: files.map((file) => file.name).join(", "),
        message: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
      },
    ],
  };
}
