// A GEXF element's time (GEXF 1.1–1.3: start/end, startopen/endopen, timestamp, intervals and
// timestamps lists, <spells> of either form) under the graph's timeformat. `date` and `dateTime`
// times become a tie's time; `integer` and `double` times (and NetworkX's `long`, and dates
// nobody can read) cannot be put on a calendar, so they are kept as the element's attributes
// (numbers as numbers) and the open message says so: never dropped without a word.
import type { ForeignTime, ValueBag } from "./foreignGraph";
import {
  coverOf,
  formatTimeSet,
  parseTimeSet,
  partialDateOf,
  type DateBounds,
} from "./foreignValues";
import { boundsText, ownerOf, TIME_ATTRIBUTES } from "./gexfValues";
import { descendantElements, type XmlElement } from "./parseXml";

const LIST_ATTRIBUTES = ["intervals", "timestamps"] as const;

export const spellsOf = (element: XmlElement): XmlElement[] =>
  descendantElements(element, "spell").filter((spell) => ownerOf(spell) === element);

const hasTime = (element: XmlElement): boolean =>
  [...TIME_ATTRIBUTES, ...LIST_ATTRIBUTES].some((name) => element.hasAttribute(name)) ||
  spellsOf(element).length > 0;

/** The dates of an edge: start/end or timestamp, intervals or timestamps lists, and <spells>. */
function readDates(element: XmlElement): ForeignTime | undefined {
  const spans: DateBounds[] = [];
  const attribute = (name: string) => element.getAttribute(name);
  const dateOf = (text: string | null) => (text === null ? undefined : partialDateOf(text));
  const addSpan = (start: string | null, end: string | null) => {
    const startDate = dateOf(start);
    const endDate = dateOf(end);
    spans.push({
      ...(startDate !== undefined ? { start: startDate } : {}),
      ...(endDate !== undefined ? { end: endDate } : {}),
    });
  };
  const timestamp = attribute("timestamp");
  if (timestamp !== null) addSpan(timestamp, timestamp);
  const start = attribute("start") ?? attribute("startopen");
  const end = attribute("end") ?? attribute("endopen");
  if (start !== null || end !== null) addSpan(start, end);
  for (const name of LIST_ATTRIBUTES) {
    const list = attribute(name);
    // A loop, not push(...): one attribute may hold 100,000 spans.
    if (list !== null)
      for (const span of parseTimeSet(list, name === "timestamps") ?? []) spans.push(span);
  }
  const spells = spellsOf(element).map((spell) => {
    const at = spell.getAttribute("timestamp");
    const from = at ?? spell.getAttribute("start") ?? spell.getAttribute("startopen");
    const to = at ?? spell.getAttribute("end") ?? spell.getAttribute("endopen");
    addSpan(from, to);
    return { ...(from !== null ? { start: from } : {}), ...(to !== null ? { end: to } : {}) };
  });
  if (spans.length === 0) return undefined;
  const cover = coverOf(spans);
  if (cover.start === undefined && cover.end === undefined) return undefined;
  return {
    ...(cover.start !== undefined ? { start: cover.start } : {}),
    ...(cover.end !== undefined ? { end: cover.end } : {}),
    ...(spells.length > 0 ? { spells: formatTimeSet(spells) } : {}),
  };
}

/** Times kept as written: numbers as numbers, the rest as text, spells in GEXF's notation. */
function keepAsValues(element: XmlElement, bag: ValueBag): string[] {
  const kept: string[] = [];
  for (const name of [...TIME_ATTRIBUTES, ...LIST_ATTRIBUTES]) {
    const text = element.getAttribute(name);
    if (text === null) continue;
    const number = Number(text);
    bag.set(name, text.trim() !== "" && Number.isFinite(number) ? number : text);
    kept.push(name);
  }
  const spells = spellsOf(element);
  if (spells.length > 0) {
    bag.set("spells", `<${spells.map(boundsText).join("; ")}>`);
    kept.push("spells");
  }
  return kept;
}

const CALENDAR_FORMATS = new Set(["date", "datetime"]);

export interface GexfTimes {
  /** An edge's time as dates, or undefined with its times kept in the bag. */
  edgeTime(element: XmlElement, bag: ValueBag): ForeignTime | undefined;
  /** A node's times, kept in the bag (actors have no time of their own). */
  nodeTimes(element: XmlElement, bag: ValueBag): void;
  /** What the open message says about times that were kept rather than read. */
  warnings(file: string): string[];
}

export function gexfTimes(graph: XmlElement): GexfTimes {
  const declared = graph.getAttribute("timeformat");
  const format = (declared ?? "").toLowerCase();
  // No timeformat means "double" in the schema, but files that write dates often leave it out.
  const calendar = (element: XmlElement) =>
    CALENDAR_FORMATS.has(format) ||
    (declared === null &&
      [element, ...spellsOf(element)].some((timed) =>
        [...TIME_ATTRIBUTES, ...LIST_ATTRIBUTES].some((name) =>
          /\d{4}-\d\d/.test(timed.getAttribute(name) ?? ""),
        ),
      ));
  const numeric = { actors: 0, ties: 0, names: new Set<string>() };
  const unreadable: string[] = [];
  const keepNumeric = (element: XmlElement, bag: ValueBag, record: "actors" | "ties") => {
    numeric[record]++;
    for (const name of keepAsValues(element, bag)) numeric.names.add(name);
  };
  return {
    edgeTime(element, bag) {
      if (!hasTime(element)) return undefined;
      if (!calendar(element)) {
        keepNumeric(element, bag, "ties");
        return undefined;
      }
      const time = readDates(element);
      if (time) {
        // Several intervals say more than one time: the list stays beside it, as written.
        for (const name of LIST_ATTRIBUTES) {
          const list = element.getAttribute(name);
          if (list !== null && (parseTimeSet(list, name === "timestamps")?.length ?? 0) > 1)
            bag.set(name, list);
        }
        return time;
      }
      const kept = keepAsValues(element, bag);
      // A start, end or timestamp that is no date is named tie by tie when the tie's time is
      // read (tieTimeFromValues); other unreadable times (spells, open bounds) are named here.
      if (!["start", "end", "timestamp"].some((name) => typeof bag.get(name) === "string"))
        unreadable.push(String(bag.get(kept[0] ?? "")));
      return undefined;
    },
    nodeTimes(element, bag) {
      if (!hasTime(element)) return;
      if (calendar(element)) keepAsValues(element, bag);
      else keepNumeric(element, bag, "actors");
    },
    warnings(file) {
      const messages: string[] = [];
      const { actors, ties, names } = numeric;
      if (actors + ties > 0) {
        const records = [
          ...(ties > 0 ? [`${ties} tie(s)`] : []),
          ...(actors > 0 ? [`${actors} actor(s)`] : []),
        ].join(" and ");
        const format =
          declared === null ? "no timeformat: GEXF's default, numbers" : `timeformat "${declared}"`;
        messages.push(
          `${file}: its times are the file's own, not calendar dates (${format}); ${records} keep them in the attributes ${[...names].join(", ")}, and the timeline leaves them out`,
        );
      }
      if (unreadable.length > 0)
        messages.push(
          `${file}: ${unreadable.length} tie(s) have times that are not dates Backchannel reads (first: ${unreadable[0]}); they are kept as attributes`,
        );
      return messages;
    },
  };
}
