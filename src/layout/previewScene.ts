// The picture of a network still being read: its actors, by kind, where the layout will start
// them (d3-force's spiral, in document order), so the full picture that follows continues it.
// Names and ties come with the full document. Pure.
import { initialPositions } from "./forceLayout";
import type { ActorKind } from "../schema/vocabulary";
import { ACTOR_ENCODINGS, BASE_RADIUS } from "../view/encodings";
import { sceneBounds, type Scene, type SceneNode } from "../view/scene";

export function previewScene(kinds: readonly ActorKind[]): Scene {
  const positions = initialPositions(
    kinds.map((_, index) => ({
      id: String(index),
      r: BASE_RADIUS,
      labelWidth: 0,
      labelHeight: 0,
    })),
  );
  const nodes = kinds.map((kind, index): SceneNode => {
    const at = positions.get(String(index)) ?? { x: 0, y: 0 };
    return {
      id: `preview-${index}`,
      name: "",
      kind,
      x: at.x,
      y: at.y,
      r: BASE_RADIUS,
      d: "",
      fill: ACTOR_ENCODINGS[kind].fill,
      lines: [],
      labelDx: 0,
      labelDy: 0,
      labelAnchor: "middle",
      labelWidth: 0,
      ariaLabel: "",
      dimmed: false,
      selected: false,
      pinned: false,
    };
  });
  return { nodes, edges: [], legend: [], bounds: sceneBounds(nodes, []) };
}
