// What an editor can do to a document, each as a function from the document (and the user's
// input) to a Patch. Pure: nothing is applied or validated here (see commitEdit.ts).
import type { Actor, NetworkDocument, Position, Source, Tie } from "../schema/networkDocument";
import { RESERVED_IDS, slugify } from "../schema/slug";
import {
  detailsOf,
  type Collection,
  type NetworkDetails,
  type Patch,
  type PatchOp,
  type PositionMove,
} from "./documentPatch";
import { shortName, tieLabel } from "./recordNames";

export { shortName, tieLabel } from "./recordNames";

/** A fresh id for a record in a collection, from its name: "Steve Witkoff" → "steve-witkoff". */
export function newId(doc: NetworkDocument, collection: Collection, name: string): string {
  const used = new Set<string>((doc[collection] as readonly { id: string }[]).map((r) => r.id));
  for (const reserved of RESERVED_IDS) used.add(reserved); // "Constructor" → "constructor-2"
  const prefix = { actors: "actor", ties: "tie", sources: "source" }[collection];
  const base = slugify(name).slice(0, 48).replace(/-+$/, "") || prefix;
  let candidate = base;
  for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

function indexOf(doc: NetworkDocument, collection: Collection, id: string): number {
  const index = (doc[collection] as readonly { id: string }[]).findIndex((r) => r.id === id);
  if (index < 0) throw new RangeError(`no ${collection.slice(0, -1)} "${id}"`);
  return index;
}

// ── Actors ───────────────────────────────────────────────────────────────────

export function addActor(doc: NetworkDocument, actor: Actor, position?: Position): Patch {
  const ops: PatchOp[] = [
    { op: "insert", collection: "actors", index: doc.actors.length, value: actor },
  ];
  if (position) ops.push(positionsOp(doc, [{ id: actor.id, after: position }]));
  return { label: `add actor ${shortName(actor.name)}`, ops };
}

export function updateActor(doc: NetworkDocument, next: Actor): Patch {
  const index = indexOf(doc, "actors", next.id);
  const before = doc.actors[index]!;
  return {
    label: `edit actor ${shortName(next.name)}`,
    ops: [{ op: "replace", collection: "actors", index, before, after: next }],
  };
}

/** The ties that go with an actor when it is deleted (for the confirmation). */
export function tiesOfActor(doc: NetworkDocument, id: string): Tie[] {
  return doc.ties.filter((tie) => tie.source === id || tie.target === id);
}

export function deleteActor(doc: NetworkDocument, id: string): Patch {
  const index = indexOf(doc, "actors", id);
  const actor = doc.actors[index]!;
  const ops: PatchOp[] = [];
  // Ties from the last to the first, so every recorded index is the one it had when removed.
  for (let i = doc.ties.length - 1; i >= 0; i--) {
    const tie = doc.ties[i]!;
    if (tie.source === id || tie.target === id)
      ops.push({ op: "remove", collection: "ties", index: i, value: tie });
  }
  const tieCount = ops.length;
  if (doc.layout && Object.hasOwn(doc.layout.positions, id))
    ops.push(positionsOp(doc, [{ id, after: null }]));
  ops.push({ op: "remove", collection: "actors", index, value: actor });
  const withTies = tieCount === 0 ? "" : ` and ${tieCount} ${tieCount === 1 ? "tie" : "ties"}`;
  return { label: `delete actor ${shortName(actor.name)}${withTies}`, ops };
}

/**
 * Two entries for the same person become one: the dropped actor's ties move to the kept one,
 * its name and aliases become aliases, its affiliations join, and fields the kept one lacks
 * (role, description, links) are taken from it. A tie between the two becomes a self-loop.
 */
export function mergeActors(doc: NetworkDocument, keepId: string, dropId: string): Patch {
  if (keepId === dropId) throw new RangeError("an actor cannot be merged into itself");
  const keepIndex = indexOf(doc, "actors", keepId);
  const dropIndex = indexOf(doc, "actors", dropId);
  const keep = doc.actors[keepIndex]!;
  const drop = doc.actors[dropIndex]!;
  const ops: PatchOp[] = [];
  doc.ties.forEach((tie, index) => {
    if (tie.source !== dropId && tie.target !== dropId) return;
    const after: Tie = {
      ...tie,
      source: tie.source === dropId ? keepId : tie.source,
      target: tie.target === dropId ? keepId : tie.target,
    };
    ops.push({ op: "replace", collection: "ties", index, before: tie, after });
  });
  const merged: Actor = { ...keep };
  const aliases = unique(
    [...(keep.aliases ?? []), drop.name, ...(drop.aliases ?? [])].filter((a) => a !== keep.name),
  );
  if (aliases.length) merged.aliases = aliases;
  const affiliations = unique([...(keep.affiliations ?? []), ...(drop.affiliations ?? [])]);
  if (affiliations.length) merged.affiliations = affiliations;
  for (const key of ["role", "description"] as const)
    if (merged[key] === undefined && drop[key] !== undefined) merged[key] = drop[key];
  const links = unique([...(keep.links ?? []), ...(drop.links ?? [])]);
  if (links.length) merged.links = links;
  if (drop.attributes)
    merged.attributes = {
      ...Object.fromEntries(Object.entries(drop.attributes)),
      ...keep.attributes,
    };
  ops.push({ op: "replace", collection: "actors", index: keepIndex, before: keep, after: merged });
  if (doc.layout && Object.hasOwn(doc.layout.positions, dropId))
    ops.push(positionsOp(doc, [{ id: dropId, after: null }]));
  ops.push({ op: "remove", collection: "actors", index: dropIndex, value: drop });
  return {
    label: `merge ${shortName(drop.name)} into ${shortName(keep.name)}`,
    ops,
  };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

// ── Ties ─────────────────────────────────────────────────────────────────────

export function addTie(doc: NetworkDocument, tie: Tie): Patch {
  return {
    label: `add tie ${tieLabel(doc, tie)}`,
    ops: [{ op: "insert", collection: "ties", index: doc.ties.length, value: tie }],
  };
}

export function updateTie(doc: NetworkDocument, next: Tie): Patch {
  const index = indexOf(doc, "ties", next.id);
  return {
    label: `edit tie ${tieLabel(doc, next)}`,
    ops: [{ op: "replace", collection: "ties", index, before: doc.ties[index]!, after: next }],
  };
}

export function deleteTie(doc: NetworkDocument, id: string): Patch {
  const index = indexOf(doc, "ties", id);
  const tie = doc.ties[index]!;
  return {
    label: `delete tie ${tieLabel(doc, tie)}`,
    ops: [{ op: "remove", collection: "ties", index, value: tie }],
  };
}

// ── Sources ──────────────────────────────────────────────────────────────────

export function addSource(doc: NetworkDocument, source: Source): Patch {
  return {
    label: `add source ${shortName(source.title)}`,
    ops: [{ op: "insert", collection: "sources", index: doc.sources.length, value: source }],
  };
}

export function updateSource(doc: NetworkDocument, next: Source): Patch {
  const index = indexOf(doc, "sources", next.id);
  return {
    label: `edit source ${shortName(next.title)}`,
    ops: [
      { op: "replace", collection: "sources", index, before: doc.sources[index]!, after: next },
    ],
  };
}

/** The ties that cite a source as evidence. */
export function tiesCiting(doc: NetworkDocument, sourceId: string): Tie[] {
  return doc.ties.filter((tie) => tie.evidence.some((e) => e.source === sourceId));
}

/**
 * What happens to the evidence that cites a deleted source: it moves to another source, or it
 * is removed (and a tie left with no evidence at all is deleted with it: a tie must say who
 * claims it).
 */
export type EvidencePolicy = { evidence: "reassign"; to: string } | { evidence: "remove" };

/** The ties a "remove" policy would delete: those whose only evidence is the source. */
export function tiesLeftWithoutEvidence(doc: NetworkDocument, sourceId: string): Tie[] {
  return doc.ties.filter(
    (tie) => tie.evidence.length > 0 && tie.evidence.every((e) => e.source === sourceId),
  );
}

export function deleteSource(doc: NetworkDocument, id: string, policy?: EvidencePolicy): Patch {
  const index = indexOf(doc, "sources", id);
  const source = doc.sources[index]!;
  const citing = tiesCiting(doc, id);
  if (citing.length > 0 && policy === undefined)
    throw new RangeError(
      `"${shortName(source.title)}" is evidence for ${citing.length} ${citing.length === 1 ? "tie" : "ties"}: choose what happens to that evidence`,
    );
  if (
    policy?.evidence === "reassign" &&
    (policy.to === id || !doc.sources.some((s) => s.id === policy.to))
  )
    throw new RangeError(`no other source "${policy.to}" to move the evidence to`);
  const ops: PatchOp[] = [];
  const removals: PatchOp[] = [];
  doc.ties.forEach((tie, tieIndex) => {
    if (!tie.evidence.some((e) => e.source === id)) return;
    if (policy?.evidence === "reassign") {
      const evidence = tie.evidence.map((e) => (e.source === id ? { ...e, source: policy.to } : e));
      ops.push({
        op: "replace",
        collection: "ties",
        index: tieIndex,
        before: tie,
        after: { ...tie, evidence },
      });
      return;
    }
    const evidence = tie.evidence.filter((e) => e.source !== id);
    if (evidence.length > 0)
      ops.push({
        op: "replace",
        collection: "ties",
        index: tieIndex,
        before: tie,
        after: { ...tie, evidence },
      });
    else removals.unshift({ op: "remove", collection: "ties", index: tieIndex, value: tie });
  });
  // Replacements keep indices; removals go last to first so each index is right when applied.
  for (const removal of removals) ops.push(removal); // not push(...): a source may back 100k ties
  ops.push({ op: "remove", collection: "sources", index, value: source });
  return { label: `delete source ${shortName(source.title)}`, ops };
}

// ── The network and its arrangement ──────────────────────────────────────────

export function setDetails(doc: NetworkDocument, after: NetworkDetails): Patch {
  return { label: "edit network details", ops: [{ op: "details", before: detailsOf(doc), after }] };
}

/** Moves (or, with null, forgets) stored positions; pins or unpins actors when asked. */
export function positionsOp(
  doc: NetworkDocument,
  moves: readonly { id: string; after: Position | null }[],
  pins: { pin?: readonly string[]; unpin?: readonly string[] } = {},
): PatchOp {
  const stored = doc.layout?.positions;
  const full: PositionMove[] = moves.map(({ id, after }) => ({
    id,
    before: stored && Object.hasOwn(stored, id) ? stored[id]! : null,
    after,
  }));
  // An actor whose position is forgotten cannot stay pinned.
  const unpin = new Set([
    ...(pins.unpin ?? []),
    ...full.filter((m) => m.after === null).map((m) => m.id),
  ]);
  const before = doc.layout?.pinned;
  let after = (before ?? []).filter((id) => !unpin.has(id));
  for (const id of pins.pin ?? []) if (!after.includes(id)) after = [...after, id];
  const changed =
    after.length !== (before ?? []).length || after.some((id, i) => before?.[i] !== id);
  return {
    op: "positions",
    moves: full,
    layoutBefore: doc.layout !== undefined,
    layoutAfter: true,
    ...(changed ? { pinned: { before, after: after.length ? after : undefined } } : {}),
  };
}

/** "move Bahbah", "arrange 15 actors" (a layout run), "release 3 pinned actors"… */
export function arrange(
  doc: NetworkDocument,
  label: string,
  moves: readonly { id: string; after: Position | null }[],
  pins: { pin?: readonly string[]; unpin?: readonly string[] } = {},
): Patch {
  return { label, ops: [positionsOp(doc, moves, pins)] };
}
