// How a form's text becomes a record's fields: trimmed or left out when blank, one item per line,
// a field the form does not change kept as it was. Shared by the record forms.

export const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

export const isBlank = (value: unknown): boolean =>
  value === undefined || (typeof value === "string" && value.trim() === "");

type Writable = Record<string, unknown>;

/** A field the schema trims: the trimmed text, or left out when there is none. */
export function trimmedText(record: object, key: string, text: string): void {
  const value = text.trim();
  if (value) (record as Writable)[key] = value;
  else delete (record as Writable)[key];
}

/**
 * Free text (a description, a quote) kept as typed. Blank text leaves the field out, unless the
 * record already held blank text there: the form shows no difference, so nothing changes.
 */
export function freeText(record: object, key: string, text: string, before: unknown): void {
  if (!isBlank(text)) (record as Writable)[key] = text;
  else if (typeof before === "string" && isBlank(before)) (record as Writable)[key] = before;
  else delete (record as Writable)[key];
}

/** One item per line; no lines leaves the list out (an empty list already stored stays). */
export function lineList(record: object, key: string, text: string, before: unknown): void {
  const items = lines(text);
  if (items.length) (record as Writable)[key] = items;
  else if (Array.isArray(before) && before.length === 0) (record as Writable)[key] = before;
  else delete (record as Writable)[key];
}

/** A checkbox: ticked is true; unticked leaves it out, or keeps an explicit false. */
export function flag(ticked: boolean, before: boolean | undefined): boolean | undefined {
  if (ticked) return true;
  return before === false ? false : undefined;
}

export function setOrDelete<T extends object, K extends keyof T>(
  record: T,
  key: K,
  value: T[K],
): void {
  if (value === undefined) delete record[key];
  else record[key] = value;
}
