// Reading a foreign record's bag of values by field: the first value under any of a field's
// names, used up once mapped, so whatever is left over becomes the record's attributes.
import { normalizeKey } from "./fieldNames";
import type { ForeignValue, ValueBag } from "./foreignGraph";
import { textOf } from "./foreignValues";

export type AttributeValue = string | number | boolean | null;
export type Entry = [key: string, value: ForeignValue];

/** The first value whose key is one of the names (in the names' order of preference). */
export function entryOf(bag: ValueBag, names: readonly string[]): Entry | undefined {
  // One pass over the bag (ties are read field by field, thousands of times): the key with the
  // most preferred name wins, the first in the bag among equals.
  let found: string | undefined;
  let rank = names.length;
  for (const key of bag.keys()) {
    const at = names.indexOf(normalizeKey(key));
    if (at >= 0 && at < rank) {
      found = key;
      rank = at;
      if (at === 0) break;
    }
  }
  return found === undefined ? undefined : [found, bag.get(found) as ForeignValue];
}

/** Like entryOf, and the entry is used up. */
export function takeEntry(bag: ValueBag, names: readonly string[]): Entry | undefined {
  const entry = entryOf(bag, names);
  if (entry) bag.delete(entry[0]);
  return entry;
}

/** Drop further values of the same field that only repeat the text already used. */
export function dropRepeats(bag: ValueBag, names: readonly string[], text: string): void {
  for (const [key, value] of [...bag])
    if (names.includes(normalizeKey(key)) && textOf(value)?.toLowerCase() === text.toLowerCase())
      bag.delete(key);
}

export function attributeValueOf(value: ForeignValue): AttributeValue {
  return Array.isArray(value) ? value.join("|") : (value as AttributeValue);
}
