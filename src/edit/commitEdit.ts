// The gate every edit passes, as every file does: the records a patch writes are validated with
// the document's own zod schemas (and normalised by them, e.g. trimmed), the result is
// cross-checked as a whole, and only a document with no problem is committed.
import * as z from "zod/mini";
import {
  ActorSchema,
  crossCheckDocument,
  crossCheckLayout,
  PartialDateSchema,
  PositionSchema,
  SourceSchema,
  TieSchema,
  type NetworkDocument,
} from "../schema/networkDocument";
import { formatPath, problemsFromError, type Problem } from "../schema/parseDocument";
import {
  applyPatch,
  type Collection,
  type NetworkDetails,
  type Patch,
  type PatchOp,
} from "./documentPatch";

const RECORD_SCHEMAS = { actors: ActorSchema, ties: TieSchema, sources: SourceSchema } as const;

const DetailsSchema = z.strictObject({
  title: z.string().check(z.trim(), z.minLength(1, { error: "title must not be empty" })),
  description: z.optional(z.string()),
  asOf: z.optional(PartialDateSchema),
});

export type CommitResult =
  { ok: true; document: NetworkDocument; patch: Patch } | { ok: false; problems: Problem[] };

function prefixed(problems: Problem[], prefix: string): Problem[] {
  return problems.map((p) => ({
    path: p.path === "" ? prefix : `${prefix}${p.path.startsWith("[") ? "" : "."}${p.path}`,
    message: p.message,
  }));
}

function finalIndex(op: PatchOp, collection: Collection): string {
  return `${collection}[${"index" in op ? op.index : 0}]`;
}

/** The patch with every record it writes parsed by its schema, or the problems found. */
function normalise(patch: Patch): { patch: Patch; problems: Problem[] } {
  const problems: Problem[] = [];
  const ops = patch.ops.map((op): PatchOp => {
    if (op.op === "insert" || op.op === "replace") {
      const value = op.op === "insert" ? op.value : op.after;
      const result = RECORD_SCHEMAS[op.collection].safeParse(value);
      if (!result.success) {
        problems.push(
          ...prefixed(problemsFromError(result.error, value), finalIndex(op, op.collection)),
        );
        return op;
      }
      return (
        op.op === "insert" ? { ...op, value: result.data } : { ...op, after: result.data }
      ) as PatchOp;
    }
    if (op.op === "details") {
      const result = DetailsSchema.safeParse(op.after);
      if (!result.success) {
        problems.push(...problemsFromError(result.error, op.after));
        return op;
      }
      const after: NetworkDetails = { title: result.data.title };
      if (result.data.description !== undefined) after.description = result.data.description;
      if (result.data.asOf !== undefined) after.asOf = result.data.asOf;
      return { ...op, after };
    }
    if (op.op === "positions")
      for (const move of op.moves)
        if (move.after !== null && !PositionSchema.safeParse(move.after).success)
          problems.push({
            path: formatPath(["layout", "positions", move.id]),
            message: "a position needs finite x and y",
          });
    return op;
  });
  return { patch: { label: patch.label, ops }, problems };
}

/**
 * Applies a patch if the document it gives is valid. The committed patch is the normalised one
 * (what the history keeps), so undo and redo replay exactly what was committed.
 */
export function commitPatch(doc: NetworkDocument, patch: Patch): CommitResult {
  const { patch: normalised, problems } = normalise(patch);
  if (problems.length) return { ok: false, problems };
  const next = applyPatch(doc, normalised);
  const crossProblems: Problem[] = [];
  const ctx = {
    addIssue: (issue: { path: PropertyKey[]; message: string }) =>
      crossProblems.push({ path: formatPath(issue.path), message: issue.message }),
  };
  // The document before passed this gate (or a file's): a change to the arrangement alone can only
  // break the layout's references. The whole check reads every record (10–40 ms at 5 000 actors).
  if (normalised.ops.every((op) => op.op === "positions"))
    crossCheckLayout(next, new Set(next.actors.map((actor) => actor.id)), ctx);
  else crossCheckDocument(next, ctx);
  if (crossProblems.length) return { ok: false, problems: crossProblems };
  return { ok: true, document: next, patch: normalised };
}

/** Problems of one record as "field → message" for a form (paths relative to the record). */
export function problemsByField(problems: readonly Problem[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const field = problem.path.replace(/^(actors|ties|sources)\[\d+\]\.?/, "") || "";
    const list = byField.get(field) ?? [];
    list.push(problem.message);
    byField.set(field, list);
  }
  return byField;
}
