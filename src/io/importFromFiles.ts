// Picked files → their text → importFiles: what the import worker runs, and the page when there is
// no worker.
import { importFiles, type ImportOptions } from "./importFiles";
import { checkFileSizes } from "./importLimits";
import type { ImportFile, ImportResult } from "./importResult";

/**
 * Reads the files' text and imports them; a file that cannot be read is the problem named, and
 * files too big to open are refused before they are read.
 */
export async function importFromFiles(
  files: readonly File[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const tooBig = checkFileSizes(files);
  if (tooBig) return { ok: false, problems: [tooBig] };
  let read: ImportFile[];
  try {
    read = await Promise.all(
      files.map(async (file) => ({ name: file.name, text: await file.text() })),
    );
  } catch (error) {
    return unreadable(files, error);
  }
  return importFiles(read, options);
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
