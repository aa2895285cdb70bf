// From the graph to what the layout needs: one box per actor (symbol + label) and the ties as
// springs. Frozen positions from the document's `layout` section become fixed nodes. Labels are
// measured only when the layout keeps room for them (the drawing plan's labelRoom).
import type { ActorGraph } from "../model/actorGraph";
import type { LayoutLink, LayoutNode } from "./forceLayout";
import { layoutPlan } from "../view/drawingPlan";
import { BASE_RADIUS } from "../view/encodings";
import { measureLabel } from "../view/labels";

export function layoutInput(
  graph: ActorGraph,
  sizes?: ReadonlyMap<string, number>,
  labelRoom = layoutPlan(graph.order).labelRoom,
): { nodes: LayoutNode[]; links: LayoutLink[] } {
  const frozen = graph.getAttribute("layout")?.positions ?? {};
  const nodes = graph.mapNodes((id, actor): LayoutNode => {
    const label = labelRoom ? measureLabel(actor.name) : { width: 0, height: 0 };
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
