// Messages about a file, kept to a size a status line and an alert can show: a few listed in full
// and the rest counted ("and 199,992 more"), each cut to a few hundred characters, with any hidden
// characters they quote from the file written out visibly ("<U+202E>"). Applied by importFiles to
// every result, in the worker, so a flood of warnings never crosses to the page.
import type { Problem } from "../schema/parseDocument";
import { showHiddenCharacters, truncateText } from "./hiddenCharacters";
import { IMPORT_LIMITS } from "./importLimits";
import type { ImportResult } from "./importResult";

const LISTED = IMPORT_LIMITS.listedMessages;
const bound = (text: string) =>
  showHiddenCharacters(truncateText(text, IMPORT_LIMITS.maxMessageLength));

/** The result with at most a few warnings or problems, each of a bounded length. */
export function boundMessages(result: ImportResult): ImportResult {
  if (result.ok) {
    const omitted = (result.omittedWarnings ?? 0) + Math.max(0, result.warnings.length - LISTED);
    return {
      ...result,
      warnings: result.warnings.slice(0, LISTED).map(bound),
      ...(omitted > 0 ? { omittedWarnings: omitted } : {}),
    };
  }
  const omitted = (result.omittedProblems ?? 0) + Math.max(0, result.problems.length - LISTED);
  const problems: Problem[] = result.problems
    .slice(0, LISTED)
    .map((problem) => ({ path: bound(problem.path), message: bound(problem.message) }));
  return { ...result, problems, ...(omitted > 0 ? { omittedProblems: omitted } : {}) };
}

export { describeWarnings } from "./warningsLine";
