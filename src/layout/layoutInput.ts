// From the graph to what the layout needs: one box per actor (symbol + label) and the ties as
// springs. Frozen positions from the document's `layout` section become fixed nodes.
import type { ActorGraph } from "../model/actorGraph";
import { LABELLED_LIMIT, type LayoutLink, type LayoutNode } from "./forceLayout";
import { BASE_RADIUS } from "../view/encodings";
import { measureLabel } from "../view/labels";

export function layoutInput(
  graph: ActorGraph,
  sizes?: ReadonlyMap<string, number>,
): { nodes: LayoutNode[]; links: LayoutLink[] } {
  const frozen = graph.getAttribute("layout")?.positions ?? {};
  const labelled = graph.order <= LABELLED_LIMIT;
  const nodes = graph.mapNodes((id, actor): LayoutNode => {
    const label = labelled ? measureLabel(actor.name) : { width: 0, height: 0 };
    return {
      id,
      r: BASE_RADIUS * (sizes?.get(id) ?? 1),
      labelWidth: label.width,
      labelHeight: label.height,
      fixed: Object.hasOwn(frozen, id) ? frozen[id] : undefined, // "constructor" is an id too
    };
  });
  const links = graph.mapEdges((_edge, _attributes, source, target) => ({ source, target }));
  return { nodes, links };
}
