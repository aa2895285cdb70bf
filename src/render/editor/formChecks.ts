// When a form finds problems of its own (an unmade choice, a link that is not http(s)), the
// record's schema is asked too, so every problem shows in one round rather than one batch after
// another. Only a commit (onSubmit) can find problems that need the whole document.
import type * as z from "zod/mini";
import { problemsFromError, type Problem } from "../../schema/parseDocument";

/** `own` and the schema's problems with the record, minus those at a path `own` covers. */
export function withSchemaProblems(
  own: readonly Problem[],
  schema: z.ZodMiniType,
  record: unknown,
): Problem[] {
  const result = schema.safeParse(record);
  if (result.success) return [...own];
  const covered = (path: string) =>
    own.some(
      (p) => path === p.path || path.startsWith(`${p.path}.`) || path.startsWith(`${p.path}[`),
    );
  return [...own, ...problemsFromError(result.error, record).filter((p) => !covered(p.path))];
}
