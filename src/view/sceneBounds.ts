// The world-space box a scene's drawing covers (what fitting the view to the picture fits).
import { labelBox } from "./labelCrossings";
import type { Bounds, SceneEdge, SceneNode } from "./sceneTypes";

/** The world-space box around every symbol, label and tie (its curve's middle). */
export function sceneBounds(nodes: readonly SceneNode[], edges: readonly SceneEdge[]): Bounds {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const node of nodes) {
    x0 = Math.min(x0, node.x - node.r);
    x1 = Math.max(x1, node.x + node.r);
    y0 = Math.min(y0, node.y - node.r);
    y1 = Math.max(y1, node.y + node.r);
    const label = labelBox(node);
    if (!label) continue;
    x0 = Math.min(x0, label.x0);
    x1 = Math.max(x1, label.x1);
    y0 = Math.min(y0, label.y0);
    y1 = Math.max(y1, label.y1);
  }
  for (const edge of edges) {
    x0 = Math.min(x0, edge.middle.x);
    x1 = Math.max(x1, edge.middle.x);
    y0 = Math.min(y0, edge.middle.y);
    y1 = Math.max(y1, edge.middle.y);
  }
  if (!Number.isFinite(x0)) return { x0: -100, y0: -100, x1: 100, y1: 100 };
  return { x0, y0, x1, y1 };
}
