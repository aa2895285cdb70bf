// JSON text for what is stored, built from pieces remembered between saves: a document (or the undo
// history) is immutable, and an edit replaces only the records it changes, so the text of every
// record kept by the same object is reused. A 5 000-actor document then costs the stringification
// of the few records an edit wrote plus a join, instead of IndexedDB copying 20 000 objects on the
// page's thread (70–150 ms a save in profiles of `npm run bench -- --only edit`). The first save
// of a large document pauses now and then (`pause`), so that it never holds the page long either,
// and so does a long run of known records (200,000 ties joined took 60 ms); the same document
// saved again costs nothing.

/** Texts of the objects seen, by identity (objects here are never changed once made). */
const texts = new WeakMap<object, string>();

/** The longest stretch of work between pauses (ms). */
const SLICE_MS = 8;

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

/** A value JSON leaves out of an object (and writes as null in an array). */
const omitted = (value: unknown): boolean =>
  value === undefined || typeof value === "function" || typeof value === "symbol";

/**
 * Exactly `JSON.stringify(value)` for a plain object of JSON data, built from the remembered texts
 * of its values and of the items of its arrays. Only new texts count towards a pause: the loop over
 * known ones is plain (awaiting at every item cost more than the texts themselves).
 */
export async function jsonText(
  value: object,
  pause: () => Promise<void> = nextTask,
): Promise<string> {
  // The same object again (a save of a document that did not change): its text as it was.
  const known = texts.get(value);
  if (known !== undefined) return known;
  let since = performance.now();
  let fresh = 0;
  let reused = 0;
  /** The text of an object, remembered (counted in `fresh` when it had to be made). */
  const textOf = (item: object): string => {
    let text = texts.get(item);
    if (text === undefined) {
      text = JSON.stringify(item);
      texts.set(item, text);
      fresh++;
    }
    return text;
  };
  const parts: string[] = [];
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (omitted(field)) continue;
    let text: string;
    if (Array.isArray(field)) {
      const items: string[] = [];
      for (const item of field as unknown[]) {
        if (!isObject(item)) {
          items.push(omitted(item) ? "null" : JSON.stringify(item));
          continue;
        }
        const before = fresh;
        items.push(textOf(item));
        // a look at the clock every 32 new texts, or every 4,096 known ones
        const look = fresh !== before ? fresh % 32 === 0 : ++reused % 4096 === 0;
        if (look && performance.now() - since > SLICE_MS) {
          await pause();
          since = performance.now();
        }
      }
      text = `[${items.join(",")}]`;
    } else text = isObject(field) ? textOf(field) : JSON.stringify(field);
    parts.push(`${JSON.stringify(key)}:${text}`);
  }
  const text = `{${parts.join(",")}}`;
  texts.set(value, text);
  return text;
}

/** A new task (a timer: its 4 ms hold-back after a few nested ones does not matter for a save). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
