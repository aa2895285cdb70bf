// From the graph to what the layout needs: one box per actor (symbol + label) and the ties as
// springs (a large bundle of parallel ties as the one line it is drawn as). Frozen positions from
// the document's `layout` section become fixed nodes. Labels are measured only when the layout
// keeps room for them (the drawing plan's labelRoom).
import type { ActorGraph } from "../model/actorGraph";
import type { NetworkDocument, Position } from "../schema/networkDocument";
import type { LayoutLink, LayoutNode } from "./forceLayout";
import { layoutPlan } from "../view/drawingPlan";
import { BASE_RADIUS } from "../view/encodings";
import { measureLabel } from "../view/labels";
import { FAN_UP_TO, pairNumbering } from "../view/drawnLines";

/**
 * The ties as links, at most FAN_UP_TO + 1 between one pair of actors: the layout pulls once per
 * pair, and a larger bundle is the one line the picture draws (view/drawnLines), so the rest add
 * nothing but work (100,000 parallel ties were 100,000 links read on every open).
 */
function boundedLinks(ties: Iterable<{ source: string; target: string }>): LayoutLink[] {
  const numbering = pairNumbering();
  const counts: number[] = [];
  const links: LayoutLink[] = [];
  for (const { source, target } of ties) {
    const pair = numbering.of(source, target);
    const count = (counts[pair] ?? 0) + 1;
    counts[pair] = count;
    if (count <= FAN_UP_TO + 1) links.push({ source, target });
  }
  return links;
}

function layoutNode(
  id: string,
  name: string,
  scale: number,
  labelRoom: boolean,
  frozen: Readonly<Record<string, Position>>,
): LayoutNode {
  const label = labelRoom ? measureLabel(name) : { width: 0, height: 0 };
  return {
    id,
    r: BASE_RADIUS * scale,
    labelWidth: label.width,
    labelHeight: label.height,
    fixed: Object.hasOwn(frozen, id) ? frozen[id] : undefined, // "constructor" is an id too
  };
}

export function layoutInput(
  graph: ActorGraph,
  sizes?: ReadonlyMap<string, number>,
  labelRoom = layoutPlan(graph.order).labelRoom,
): { nodes: LayoutNode[]; links: LayoutLink[] } {
  return { nodes: layoutNodes(graph, sizes, labelRoom), links: layoutLinks(graph) };
}

/** The actors' boxes of layoutInput. */
export function layoutNodes(
  graph: ActorGraph,
  sizes?: ReadonlyMap<string, number>,
  labelRoom = layoutPlan(graph.order).labelRoom,
): LayoutNode[] {
  const frozen = graph.getAttribute("layout")?.positions ?? {};
  return graph.mapNodes((id, actor) =>
    layoutNode(id, actor.name, sizes?.get(id) ?? 1, labelRoom, frozen),
  );
}

/** The ties of layoutInput, as springs (a large bundle as one: boundedLinks). */
export function layoutLinks(graph: ActorGraph): LayoutLink[] {
  return boundedLinks(graph.edgeEntries());
}

/**
 * layoutInput of the document's graph, read from the document itself: placing one new actor in a
 * large network need not build its whole graph first (20–110 ms at 5 000 actors).
 */
export function documentLayoutInput(
  document: NetworkDocument,
  labelRoom = layoutPlan(document.actors.length).labelRoom,
): { nodes: LayoutNode[]; links: LayoutLink[] } {
  const frozen = document.layout?.positions ?? {};
  return {
    nodes: document.actors.map((actor) => layoutNode(actor.id, actor.name, 1, labelRoom, frozen)),
    links: boundedLinks(document.ties),
  };
}
