// The one gate every network passes through: unknown input → validated NetworkDocument, or a
// list of problems, each with the path where it is and a message a reporter can act on.
import type * as z from "zod/mini";
import {
  crossCheckDocument,
  DOCUMENT_FIELDS,
  KNOWN_FIELD_NAMES,
  NetworkDocumentSchema,
  type NetworkDocument,
} from "./networkDocument";
import { didYouMean } from "./suggest";
import { jsonErrorOffset, lineAndColumn } from "./jsonErrorPosition";

export interface Problem {
  /** Where the problem is, e.g. `ties[3].target`; empty for the document itself. */
  path: string;
  message: string;
}

export type ParseResult =
  { ok: true; document: NetworkDocument } | { ok: false; problems: Problem[] };

type PathKey = PropertyKey;

export function formatPath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key))
      out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text ${JSON.stringify(value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
};

/** A zod issue in words a reporter editing JSON by hand understands. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const actual = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_type":
      if (actual === undefined) return "is required";
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, got ${describeValue(actual)}`;
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(", ");
      const hint =
        typeof actual === "string"
          ? didYouMean(
              actual,
              issue.values.filter((v): v is string => typeof v === "string"),
            )
          : "";
      return issue.values.length === 1
        ? `must be ${allowed}, got ${describeValue(actual)}`
        : `${describeValue(actual)} is not one of ${allowed}${hint}`;
    }
    case "unrecognized_keys":
      return issue.keys
        .map((key) => `unknown field "${key}"${didYouMean(key, KNOWN_FIELD_NAMES)}`)
        .join("; ");
    case "too_small":
      if (issue.message && issue.message !== "Invalid input") return issue.message;
      return issue.origin === "array"
        ? `needs at least ${String(issue.minimum)} item(s)`
        : `must be at least ${String(issue.minimum)}`;
    case "too_big":
      if (issue.message && issue.message !== "Invalid input") return issue.message;
      return `must be at most ${String(issue.maximum)}`;
    case "invalid_union":
      return `expected text, a number, true/false or null, got ${describeValue(actual)}`;
    default:
      return issue.message && issue.message !== "Invalid input"
        ? issue.message
        : `is not valid (${issue.code})`;
  }
}

export function problemsFromError(error: z.core.$ZodError, input: unknown): Problem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: describeIssue(issue, input),
  }));
}

/** Problems in document order (sources, actors, ties; by index), so a reader can work down the file. */
function sortProblems(problems: Problem[]): Problem[] {
  const order: readonly string[] = DOCUMENT_FIELDS;
  const key = (path: string): [number, number] => {
    const match = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(path);
    const section = match?.[1] ?? "";
    const rank = order.indexOf(section);
    return [rank === -1 ? -1 : rank, Number(match?.[2] ?? -1)];
  };
  return problems
    .map((problem, index) => ({ problem, index, key: key(problem.path) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.index - b.index)
    .map(({ problem }) => problem);
}

export function formatProblem(problem: Problem): string {
  return problem.path === "" ? problem.message : `${problem.path}: ${problem.message}`;
}

/** Validate already-parsed JSON. */
export function parseDocument(input: unknown): ParseResult {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    return {
      ok: false,
      problems: [{ path: "", message: "a Backchannel document must be a JSON object" }],
    };
  if (!("format" in input))
    return {
      ok: false,
      problems: [
        {
          path: "format",
          message: 'is required: a Backchannel document starts with "format": "backchannel/1"',
        },
      ],
    };
  const result = NetworkDocumentSchema.safeParse(input);
  if (result.success) return { ok: true, document: result.data };
  const problems = problemsFromError(result.error, input);
  // zod skips the document-wide refinement once a field fails; run the cross-checks anyway so
  // a reporter sees every problem in one pass.
  const seen = new Set(problems.map(formatProblem));
  crossCheckDocument(input, {
    addIssue(issue) {
      const problem = { path: formatPath(issue.path), message: issue.message };
      if (!seen.has(formatProblem(problem))) problems.push(problem);
    },
  });
  return { ok: false, problems: sortProblems(problems) };
}

/** Parse JSON text and validate it; JSON syntax errors name the line and column. */
export function parseDocumentText(text: string): ParseResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: describeJsonError(text, error) }] };
  }
  return parseDocument(input);
}

export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return `not valid JSON: ${message}`;
  const { line, column } = lineAndColumn(text, offset);
  const found =
    offset >= text.length ? "the end of the file" : JSON.stringify(text.slice(offset, offset + 12));
  return `not valid JSON at line ${line}, column ${column}: unexpected ${found}`;
}
