// JSON text for what is stored, built from pieces remembered between saves: a document (or the undo
// history) is immutable, and an edit replaces only the records it changes, so the text of every
// record kept by the same object is reused. A 5 000-actor document then costs the stringification
// of the few records an edit wrote plus a join, instead of IndexedDB copying 20 000 objects on the
// page's thread (70–150 ms a save in profiles of `npm run bench -- --only edit`). The first save
// of a large document pauses now and then (`pause`), so that it never holds the page long either;
// and the text comes out in pieces of about `pieceChars` characters (`jsonPieces`), which the
// library stores as they are: joining 60 000 ties' texts into one string, then cutting it up, held
// the page for 70–290 ms at 20 000 actors (profiled, `npm run bench -- --only interact`).

/** Texts of the objects seen, by identity (objects here are never changed once made). */
const texts = new WeakMap<object, string>();

/** The longest stretch of work between pauses (ms). */
const SLICE_MS = 8;

/** An object with more keys than this is written key by key (a layout's positions), not at once. */
const WIDE_OBJECT = 64;

/** Objects this near the top (the document, its layout) are written key by key too. */
const OPEN_DEPTH = 2;

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

/** A value JSON leaves out of an object (and writes as null in an array). */
const omitted = (value: unknown): boolean =>
  value === undefined || typeof value === "function" || typeof value === "symbol";

/** Exactly `JSON.stringify(value)` for a plain object of JSON data (see jsonPieces). */
export async function jsonText(
  value: object,
  pause: () => Promise<void> = nextTask,
): Promise<string> {
  return (await jsonPieces(value, pause, Infinity)).join("");
}

/**
 * `JSON.stringify(value)` for a plain object of JSON data, as pieces of about `pieceChars`
 * characters (joined, exactly that text), built from the remembered texts of its values, of the
 * items of its arrays and of the values of its wide objects, at any depth. Only new texts count
 * towards a pause: the loop over known ones is plain (awaiting at every item cost more than the
 * texts themselves).
 */
export async function jsonPieces(
  value: object,
  pause: () => Promise<void> = nextTask,
  pieceChars = 128 * 1024,
): Promise<string[]> {
  let since = performance.now();
  let fresh = 0;
  let looked = 0;
  const pieces: string[] = [];
  let parts: string[] = [];
  let length = 0;
  let cut = false;
  const write = (text: string) => {
    parts.push(text);
    length += text.length;
    if (length < pieceChars) return;
    pieces.push(parts.join(""));
    parts = [];
    length = 0;
    cut = true;
  };
  /** Whether to pause now: after 32 new texts, a piece or 256 items, when the slice is spent. */
  const due = (newText: boolean): boolean => {
    if (!(newText && fresh % 32 === 0) && !cut && ++looked % 256 !== 0) return false;
    cut = false;
    return performance.now() - since > SLICE_MS;
  };
  /** Writes a value, yielding where it should pause: arrays and wide objects item by item. */
  function* writeValue(item: unknown, depth: number): Generator<void, void, void> {
    if (!isObject(item)) return write(JSON.stringify(item));
    if (Array.isArray(item)) {
      write("[");
      for (let index = 0; index < item.length; index++) {
        if (index > 0) write(",");
        yield* writeItem(item[index] as unknown, depth + 1, "null");
      }
      return write("]");
    }
    const keys = Object.keys(item);
    if (depth < OPEN_DEPTH || keys.length > WIDE_OBJECT) {
      write("{");
      let first = true;
      for (const key of keys) {
        const field = (item as Record<string, unknown>)[key];
        if (omitted(field)) continue;
        write(`${first ? "" : ","}${JSON.stringify(key)}:`);
        first = false;
        yield* writeItem(field, depth + 1, undefined);
      }
      return write("}");
    }
    const text = JSON.stringify(item);
    texts.set(item, text);
    fresh++;
    write(text);
  }
  /** An array's item or an object's value: remembered texts at once, others through writeValue. */
  function* writeItem(
    item: unknown,
    depth: number,
    omittedAs: string | undefined,
  ): Generator<void, void, void> {
    const known = isObject(item) ? texts.get(item) : undefined;
    const before = fresh;
    if (known !== undefined) write(known);
    else if (omitted(item)) {
      if (omittedAs !== undefined) write(omittedAs);
    } else yield* writeValue(item, depth);
    if (due(fresh !== before)) yield;
  }
  const steps = writeValue(value, 0);
  while (!steps.next().done) {
    await pause();
    since = performance.now();
  }
  if (parts.length) pieces.push(parts.join(""));
  return pieces;
}

/** A new task (a timer: its 4 ms hold-back after a few nested ones does not matter for a save). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
