// The picture of a network still being read: its actors, by kind, where the file places them or
// else where the layout will start them (d3-force's spiral, in document order), so the full
// picture that follows continues it.
// Names and ties come with the full document. Pure; in steps (view/steps.ts), as 20 000 actors
// took the page 60–100 ms in one task.
import { spiralPosition } from "./initialPositions";
import type { ActorKind } from "../schema/vocabulary";
import type { Position } from "../schema/networkDocument";
import { ACTOR_ENCODINGS, BASE_RADIUS } from "../view/encodings";
import { sceneBounds, type Scene, type SceneNode } from "../view/scene";
import { runSteps, STEP_ITEMS, type Steps } from "../view/steps";

export function previewScene(kinds: readonly ActorKind[], positions?: readonly Position[]): Scene {
  return runSteps(previewSceneSteps(kinds, positions));
}

const ORIGIN = { x: 0, y: 0 };

/** `positions`: where the file places each actor (then no layout runs: the picture is that). */
export function* previewSceneSteps(
  kinds: readonly ActorKind[],
  positions?: readonly Position[],
): Steps<Scene> {
  const nodes: SceneNode[] = [];
  for (const [index, kind] of kinds.entries()) {
    if (index % (4 * STEP_ITEMS) === 4 * STEP_ITEMS - 1) yield;
    // No actor is pinned while the file is read: the spiral's place in document order.
    const at = positions?.[index] ?? spiralPosition(index, ORIGIN);
    nodes.push({
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
    });
  }
  yield;
  return { nodes, edges: [], legend: [], bounds: sceneBounds(nodes, []) };
}
