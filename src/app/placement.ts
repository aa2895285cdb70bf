// Where actors go when the network changes under an arrangement: a new actor, or one just tied
// for the first time, is placed beside its ties (nobody else moves); "Re-run layout" lays out
// everything but the pinned actors again. Positions come back as moves for an arrange patch.
import type { NetworkDocument, Position } from "../schema/networkDocument";
import { drawingPlan } from "../view/drawingPlan";
import { documentLayoutInput } from "../layout/layoutInput";
import { placeNewActors } from "../layout/placeNewActors";
import { startWhenLoaded } from "./layoutLoading";
import type { Positions } from "../layout/forceLayout";

export type Moves = { id: string; after: Position }[];

const round = (value: number) => Math.round(value * 100) / 100;

function inputFor(document: NetworkDocument) {
  const plan = drawingPlan({ actors: document.actors.length, ties: document.ties.length });
  return { ...documentLayoutInput(document, plan.layout.labelRoom), plan };
}

/**
 * Places `ids` in `document` (which already holds them and their ties) among the others, which
 * stay where `shown` (the picture) or the document has them.
 */
export function placeActors(
  document: NetworkDocument,
  ids: readonly string[],
  shown: Positions,
): Moves {
  if (ids.length === 0) return [];
  const { nodes, links } = inputFor(document);
  const moving = new Set(ids);
  const placed: Positions = new Map();
  const stored = document.layout?.positions ?? {};
  for (const node of nodes) {
    if (moving.has(node.id)) continue;
    const at = Object.hasOwn(stored, node.id) ? stored[node.id] : shown.get(node.id);
    if (at) placed.set(node.id, at);
  }
  const result = placeNewActors(nodes, links, placed);
  return ids.flatMap((id) => {
    const at = result.get(id);
    return at ? [{ id, after: { x: round(at.x), y: round(at.y) } }] : [];
  });
}

/** Actors that a new tie gives their first tie and that nobody placed by hand: they move to it. */
export function newlyTied(document: NetworkDocument, source: string, target: string): string[] {
  const pinned = new Set(document.layout?.pinned ?? []);
  return [...new Set([source, target])].filter(
    (id) => !pinned.has(id) && !document.ties.some((tie) => tie.source === id || tie.target === id),
  );
}

/** The whole network laid out again, pinned actors fixed: every other actor's new place. */
export async function relayout(document: NetworkDocument): Promise<Moves> {
  const { nodes, links, plan } = inputFor(document);
  const pinned = new Set(document.layout?.pinned ?? []);
  const stored = document.layout?.positions ?? {};
  const free = nodes.map((node) => ({
    ...node,
    fixed: pinned.has(node.id) && Object.hasOwn(stored, node.id) ? stored[node.id] : undefined,
  }));
  const run = startWhenLoaded(free, links, { ...plan.layout, inWorker: plan.layoutInWorker });
  const positions = await run.done;
  return free
    .filter((node) => !node.fixed)
    .flatMap((node) => {
      const at = positions.get(node.id);
      return at ? [{ id: node.id, after: { x: round(at.x), y: round(at.y) } }] : [];
    });
}
