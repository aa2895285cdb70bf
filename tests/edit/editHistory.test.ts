import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { NetworkDocument } from "../../src/schema/networkDocument";
import { parseDocument } from "../../src/schema/parseDocument";
import { commitPatch } from "../../src/edit/commitEdit";
import type { Patch } from "../../src/edit/documentPatch";
import {
  addActor,
  addSource,
  addTie,
  arrange,
  deleteActor,
  deleteSource,
  deleteTie,
  mergeActors,
  newId,
  setDetails,
  updateActor,
  updateTie,
} from "../../src/edit/editCommands";
import {
  EMPTY_HISTORY,
  recordPatch,
  redo,
  redoLabel,
  undo,
  undoLabel,
  type EditHistory,
} from "../../src/edit/editHistory";
import { chainWithParallels, seedJson } from "../fixtures/documents";

/** One edit, described by numbers and text the document then turns into a concrete patch. */
type EditPlan = { kind: number; a: number; b: number; text: string; x: number; y: number };

const editPlan: fc.Arbitrary<EditPlan> = fc.record({
  kind: fc.integer({ min: 0, max: 11 }),
  a: fc.nat(),
  b: fc.nat(),
  // Unicode, markup, quotes, newlines and blank text: blank names must be refused, not committed.
  text: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(" ", "<b>x</b>", 'a "q"\nb', "Ωμέγα"),
  ),
  x: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
  y: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
});

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length ? list[n % list.length] : undefined;

function patchFor(doc: NetworkDocument, plan: EditPlan): Patch | undefined {
  const actor = pick(doc.actors, plan.a);
  const other = pick(doc.actors, plan.b);
  const tie = pick(doc.ties, plan.a);
  const source = pick(doc.sources, plan.b);
  switch (plan.kind) {
    case 0:
      return addActor(
        doc,
        { id: newId(doc, "actors", plan.text), name: plan.text, kind: "person" },
        { x: plan.x, y: plan.y },
      );
    case 1:
      return actor && updateActor(doc, { ...actor, name: plan.text, role: "envoy" });
    case 2:
      return actor && deleteActor(doc, actor.id);
    case 3:
      return actor && other && source && actor.id !== other.id
        ? addTie(doc, {
            id: newId(doc, "ties", `${actor.id}-${other.id}`),
            source: actor.id,
            target: other.id,
            kind: "message",
            summary: plan.text,
            status: "reported",
            evidence: [{ source: source.id, attribution: "an aide" }],
          })
        : undefined;
    case 4:
      return tie && updateTie(doc, { ...tie, summary: plan.text, time: { start: "2025-04" } });
    case 5:
      return tie && deleteTie(doc, tie.id);
    case 6:
      return addSource(doc, {
        id: newId(doc, "sources", plan.text),
        publisher: "P",
        title: plan.text,
      });
    case 7: {
      if (!source) return undefined;
      const to = doc.sources.find((s) => s.id !== source.id);
      return deleteSource(
        doc,
        source.id,
        to && plan.a % 2 ? { evidence: "reassign", to: to.id } : { evidence: "remove" },
      );
    }
    case 8:
      // Only actors with no tie between them: a tie between the two would become a self-loop.
      return actor && other && actor.id !== other.id
        ? mergeActors(doc, actor.id, other.id)
        : undefined;
    case 9:
      return setDetails(
        doc,
        plan.a % 2 ? { title: plan.text } : { title: "T", asOf: "2025-05", description: plan.text },
      );
    case 10:
      return (
        actor &&
        arrange(doc, `move ${actor.name}`, [{ id: actor.id, after: { x: plan.x, y: plan.y } }], {
          pin: plan.b % 2 ? [actor.id] : [],
        })
      );
    default:
      return actor && plan.b % 2
        ? arrange(doc, "release", [], { unpin: [actor.id] })
        : actor && arrange(doc, "forget", [{ id: actor.id, after: null }]);
  }
}

function run(start: NetworkDocument, plans: readonly EditPlan[]) {
  let doc = start;
  let history: EditHistory = EMPTY_HISTORY;
  const committed: NetworkDocument[] = [start];
  for (const plan of plans) {
    const patch = patchFor(doc, plan);
    if (!patch) continue;
    const result = commitPatch(doc, patch);
    if (!result.ok) continue;
    doc = result.document;
    history = recordPatch(history, result.patch);
    committed.push(doc);
  }
  return { doc, history, committed };
}

const stats = { plans: 0, committed: 0 };

describe("undo and redo", () => {
  it("any sequence of edits followed by as many undos returns the identical document", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(chainWithParallels(), seedJson()),
        fc.array(editPlan, { maxLength: 25 }),
        (start, plans) => {
          const { doc, history, committed } = run(start, plans);
          stats.plans += plans.length;
          stats.committed += committed.length - 1;
          // every committed document passes the schema, as a file would
          for (const document of committed) expect(parseDocument(document).ok).toBe(true);
          let current = doc;
          let h = history;
          for (let i = committed.length - 2; i >= 0; i--) {
            const step = undo(current, h)!;
            current = step.document;
            h = step.history;
            expect(current).toStrictEqual(committed[i]);
          }
          expect(undo(current, h)).toBeUndefined();
          // …and redoing them all gives the last document again
          for (let i = 1; i < committed.length; i++) {
            const step = redo(current, h)!;
            current = step.document;
            h = step.history;
            expect(current).toStrictEqual(committed[i]);
          }
          expect(redo(current, h)).toBeUndefined();
        },
      ),
      { numRuns: 150 },
    );
    // the property is about edits that were committed: most generated edits must be
    expect(stats.committed).toBeGreaterThan(stats.plans * 0.5);
  });

  it("says what it will undo and redo, and a new edit clears the redo stack", () => {
    const doc = chainWithParallels();
    const add = addActor(doc, { id: "d", name: "Delta", kind: "media" });
    const first = commitPatch(doc, add);
    if (!first.ok) throw new Error("expected a valid edit");
    let history = recordPatch(EMPTY_HISTORY, first.patch);
    expect(undoLabel(history)).toBe("Undo: add actor Delta");
    expect(redoLabel(history)).toBeUndefined();
    const back = undo(first.document, history)!;
    history = back.history;
    expect(back.document).toStrictEqual(doc);
    expect(redoLabel(history)).toBe("Redo: add actor Delta");
    expect(undoLabel(history)).toBeUndefined();
    const other = commitPatch(back.document, setDetails(back.document, { title: "New" }));
    if (!other.ok) throw new Error("expected a valid edit");
    history = recordPatch(history, other.patch);
    expect(redoLabel(history)).toBeUndefined();
    expect(undoLabel(history)).toBe("Undo: edit network details");
  });
});
