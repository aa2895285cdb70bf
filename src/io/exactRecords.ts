// What the readable columns of an exported record cannot carry exactly travels beside them in one
// JSON attribute, bc:fields. The exporters find those fields by reading their own columns back as
// the format will (the same reader the importer uses, so the two cannot drift apart); the importer
// lays bc:fields over what it read from the columns. Any field the columns do not know (a field
// added to the schema later) is carried the same way.
import type { Actor, Tie } from "../schema/networkDocument";
import { BC_FIELDS } from "./fieldNames";
import { flattenActor, type FlatField } from "./flattenRecords";
import type { ForeignValue, ValueBag } from "./foreignGraph";
import type { RecordDraft } from "./unflattenRecords";
import { xmlSafeText } from "./xmlEscape";

/** How the format gives a written column back: its name and value as the reader sees them, or
 * undefined when the value does not come back at all (a blank CSV cell). */
export type ReadBack = (field: FlatField) => [name: string, value: ForeignValue] | undefined;

/** What an XML reader gets back from an attribute value or element text written from a field. */
export const xmlReadBack: ReadBack = (field) => [
  field.name,
  typeof field.value === "string" ? xmlSafeText(field.value) : field.value,
];

/** The fields that place a record in the file rather than describe it. */
const PLACE_FIELDS = new Set(["id", "source", "target"]);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Deep equality; `ordered` also asks for the same key order (attributes keep theirs). */
function same(a: unknown, b: unknown, ordered = false): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keysOf = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const [aKeys, bKeys] = [keysOf(a), keysOf(b)];
  if (aKeys.length !== bKeys.length) return false;
  if (ordered && aKeys.some((key, i) => bKeys[i] !== key)) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && same(a[key], b[key]));
}

/** JSON that any XML file can carry: the two non-characters XML forbids are escaped too. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\uFFFE\uFFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
}

/**
 * The record's fields that do not come back from its columns, as the JSON of bc:fields (a field
 * that should be absent is null), or undefined when the columns carry everything.
 */
export function inexactFields(
  record: object,
  columns: readonly FlatField[],
  readBack: ReadBack,
  fromColumns: (values: ValueBag) => RecordDraft,
): string | undefined {
  const bag: ValueBag = new Map();
  for (const column of columns) {
    const entry = readBack(column);
    if (entry) bag.set(entry[0], entry[1]);
  }
  const read = fromColumns(bag);
  const original = record as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(original), ...Object.keys(read)])) {
    if (PLACE_FIELDS.has(key)) continue;
    if (!same(original[key], read[key], key === "attributes")) fields[key] = original[key] ?? null;
  }
  return Object.keys(fields).length > 0 ? jsonText(fields) : undefined;
}

/** An actor's columns as the exports write them: its name as "label", then flattenActor's. */
export function actorColumns(actor: Actor): FlatField[] {
  return [{ name: "label", value: actor.name }, ...flattenActor(actor)];
}

/** The columns plus bc:fields where they fall short. `order` puts columns in file order first. */
export function withExactFields(
  record: Actor | Tie,
  columns: FlatField[],
  readBack: ReadBack,
  fromColumns: (values: ValueBag) => RecordDraft,
  order: (columns: FlatField[]) => FlatField[] = (c) => c,
): FlatField[] {
  const json = inexactFields(record, order(columns), readBack, fromColumns);
  return json === undefined ? columns : [...columns, { name: BC_FIELDS, value: json, extra: true }];
}

/**
 * A draft read from columns with bc:fields laid over it. Attributes in bc:fields replace those of
 * the same name from the columns; columns someone added since (Gephi's "Modularity Class") stay.
 */
export function applyExactFields(
  draft: RecordDraft,
  json: ForeignValue | undefined,
  warn: (message: string) => void,
): RecordDraft {
  if (json === undefined) return draft;
  let fields: unknown;
  try {
    fields = typeof json === "string" ? JSON.parse(json) : undefined;
  } catch {
    fields = undefined;
  }
  if (!isPlainObject(fields)) {
    warn(`${BC_FIELDS} is not the JSON object Backchannel writes; the readable columns were used`);
    return draft;
  }
  const result: RecordDraft = { ...draft };
  for (const [key, value] of Object.entries(fields)) {
    if (PLACE_FIELDS.has(key) || key === "__proto__") continue;
    if (value === null) delete result[key];
    else if (key === "attributes" && isPlainObject(value) && isPlainObject(draft.attributes)) {
      const added = Object.entries(draft.attributes).filter(
        ([name]) => !Object.hasOwn(value, name),
      );
      result.attributes = { ...value, ...Object.fromEntries(added) };
    } else result[key] = value;
  }
  return result;
}
