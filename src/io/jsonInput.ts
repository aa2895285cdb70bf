// Reading JSON files for the importers: the parse with a line-and-column message, and JSON values
// as foreign values (lists of text stay lists; other nested data is kept as JSON text).
import { describeJsonError } from "../schema/parseDocument";
import type { ForeignValue, ValueBag } from "./foreignGraph";
import type { ImportFile } from "./importResult";

export type JsonRead = { ok: true; data: unknown } | { ok: false; message: string };

export function readJson(file: ImportFile): JsonRead {
  const text = file.text.replace(/^\uFEFF/, "");
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: describeJsonError(text, error) };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function foreignValueOf(value: unknown): ForeignValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === "string"))
    return value as string[];
  return JSON.stringify(value) ?? null;
}

/** The entries of a JSON object as a value bag, leaving out the given keys. */
export function bagOf(record: Record<string, unknown>, skip: readonly string[]): ValueBag {
  const bag: ValueBag = new Map();
  for (const [key, value] of Object.entries(record))
    if (!skip.includes(key) && value !== undefined) bag.set(key, foreignValueOf(value));
  return bag;
}

/** An id as JSON writes it: text, or a number (NetworkX integer nodes). */
export function idText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}
