// What both ways of building a document from a file share (another tool's file, or one that
// Backchannel wrote): one node per id, and the schema's gate with every problem pointed back at
// the row or element it came from.
import { formatProblem, parseDocument, type Problem } from "../schema/parseDocument";
import type { ForeignEdge, ForeignNode } from "./foreignGraph";
import type { ImportResult } from "./importResult";

/** The first node of each id, in order; a repeated id is named in a warning. */
export function firstOfEachId(nodes: readonly ForeignNode[], warnings: string[]): ForeignNode[] {
  const kept: ForeignNode[] = [];
  const ids = new Set<string>();
  for (const node of nodes) {
    if (ids.has(node.id)) {
      warnings.push(`${node.origin}: id "${node.id}" is used twice; the first one is kept`);
      continue;
    }
    ids.add(node.id);
    kept.push(node);
  }
  return kept;
}

/** Problems of the converted document, pointed back at the rows or elements they came from. */
function problemsAtOrigins(
  problems: Problem[],
  actorOrigins: string[],
  tieOrigins: string[],
  file: string,
): Problem[] {
  return problems.map((problem) => {
    const match = /^(actors|ties)\[(\d+)\]\.?(.*)$/.exec(problem.path);
    const origins = match?.[1] === "actors" ? actorOrigins : tieOrigins;
    const origin = match ? origins[Number(match[2])] : undefined;
    if (!match || origin === undefined) return { path: file, message: formatProblem(problem) };
    return { path: match[3] ? `${origin}, ${match[3]}` : origin, message: problem.message };
  });
}

/** The document through the schema's gate: the import's result. */
export function validateImported(
  document: unknown,
  from: { nodes: readonly ForeignNode[]; edges: readonly ForeignEdge[]; file: string },
  warnings: string[],
): ImportResult {
  const result = parseDocument(document);
  if (result.ok) return { ok: true, document: result.document, warnings };
  return {
    ok: false,
    problems: problemsAtOrigins(
      result.problems,
      from.nodes.map((node) => node.origin),
      from.edges.map((edge) => edge.origin),
      from.file,
    ),
  };
}
