// The line that says what an open skipped ("3 warnings: …"), apart from bounding the messages
// (importMessages.ts, in the worker): the page says it without loading the readers' code.

const count = (n: number) => n.toLocaleString("en");

/** " 3 warnings: a; b; c" or " 200,000 warnings: a; …; h; and 199,992 more" ("" for none). */
export function describeWarnings(warnings: readonly string[], omitted = 0): string {
  const total = warnings.length + omitted;
  if (total === 0) return "";
  const more = omitted > 0 ? `; and ${count(omitted)} more` : "";
  return ` ${count(total)} warning${total === 1 ? "" : "s"}: ${warnings.join("; ")}${more}`;
}
