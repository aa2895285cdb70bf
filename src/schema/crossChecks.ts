// The checks that need the whole document: unique ids, references between records (a tie's
// ends, its evidence's source, positions and pins), time order. They take the data as unknown:
// zod runs them even when some fields failed, so they report what can be checked.
import { periodEnd, periodStart } from "./partialDate";
import { didYouMean } from "./suggest";

type IssuePath = (string | number)[];
interface CrossCheckContext {
  addIssue(issue: { code: "custom"; message: string; path: IssuePath; input: unknown }): void;
}

type Loose = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The records in a list, with their indices; nothing for what is not a list. */
function recordsOf(value: unknown): [number, Loose][] {
  const out: [number, Loose][] = [];
  if (Array.isArray(value))
    value.forEach((item: unknown, index) => {
      if (isRecord(item)) out.push([index, item]);
    });
  return out;
}

function checkUniqueIds(items: unknown, collection: string, ctx: CrossCheckContext): Set<string> {
  const seen = new Map<string, number>();
  for (const [index, item] of recordsOf(items)) {
    if (typeof item.id !== "string") continue;
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else
      ctx.addIssue({
        code: "custom",
        message: `duplicate id "${item.id}" (first used at ${collection}[${first}])`,
        path: [collection, index, "id"],
        input: item.id,
      });
  }
  return new Set(seen.keys());
}

/**
 * Checks that need the whole document: references, uniqueness, time order. A tie from an actor to
 * itself is allowed (an organisation consulting internally is a real tie). Runs on input that may
 * have failed field validation too (a reporter sees every problem in one pass), so it takes
 * anything and checks only what has the right shape; field problems speak for the rest.
 */
export function crossCheckDocument(doc: unknown, ctx: CrossCheckContext): void {
  if (!isRecord(doc)) return;
  const sourceIds = checkUniqueIds(doc.sources, "sources", ctx);
  const actorIds = checkUniqueIds(doc.actors, "actors", ctx);
  checkUniqueIds(doc.ties, "ties", ctx);

  for (const [index, tie] of recordsOf(doc.ties)) {
    for (const end of ["source", "target"] as const) {
      const id = tie[end];
      if (typeof id === "string" && !actorIds.has(id))
        ctx.addIssue({
          code: "custom",
          message: `no actor "${id}"${didYouMean(id, actorIds)}`,
          path: ["ties", index, end],
          input: id,
        });
    }
    for (const [e, evidence] of recordsOf(tie.evidence)) {
      if (typeof evidence.source === "string" && !sourceIds.has(evidence.source))
        ctx.addIssue({
          code: "custom",
          message: `no source "${evidence.source}"${didYouMean(evidence.source, sourceIds)}`,
          path: ["ties", index, "evidence", e, "source"],
          input: evidence.source,
        });
    }
    const time = tie.time;
    if (isRecord(time)) {
      const { start, end } = time;
      if (start === undefined && end === undefined)
        ctx.addIssue({
          code: "custom",
          message: "a time needs a start, an end or both (leave time out when the date is unknown)",
          path: ["ties", index, "time"],
          input: time,
        });
      if (
        typeof start === "string" &&
        typeof end === "string" &&
        periodEnd(end) <= periodStart(start)
      )
        ctx.addIssue({
          code: "custom",
          message: `ends (${end}) before it starts (${start})`,
          path: ["ties", index, "time", "end"],
          input: end,
        });
    }
  }

  crossCheckLayout(doc, actorIds, ctx);
}

/**
 * The layout's part of the cross-checks: positions and pins name actors, and a pinned actor has a
 * position. For a change to the arrangement alone of a document that passed them all, this part is
 * all that can fail (edit/commitEdit.ts).
 */
export function crossCheckLayout(
  doc: Readonly<Record<string, unknown>>,
  actorIds: ReadonlySet<string>,
  ctx: CrossCheckContext,
): void {
  const positions = isRecord(doc.layout) ? doc.layout.positions : undefined;
  if (isRecord(positions)) {
    for (const id of Object.keys(positions)) {
      if (!actorIds.has(id))
        ctx.addIssue({
          code: "custom",
          message: `no actor "${id}"${didYouMean(id, actorIds)}`,
          path: ["layout", "positions", id],
          input: id,
        });
    }
  }
  const pinned = isRecord(doc.layout) ? doc.layout.pinned : undefined;
  if (Array.isArray(pinned))
    pinned.forEach((id: unknown, index) => {
      if (typeof id !== "string") return;
      if (!actorIds.has(id))
        ctx.addIssue({
          code: "custom",
          message: `no actor "${id}"${didYouMean(id, actorIds)}`,
          path: ["layout", "pinned", index],
          input: id,
        });
      else if (!isRecord(positions) || !Object.hasOwn(positions, id))
        ctx.addIssue({
          code: "custom",
          message: `"${id}" is pinned but has no position in layout.positions`,
          path: ["layout", "pinned", index],
          input: id,
        });
    });
}
