// Changing a large (canvas) scene in place instead of building it again: a new highlight (a
// selection, a hover) only changes flags, and a converging layout only moves the marks. At 20 000
// actors and 60 000 ties buildScene takes hundreds of milliseconds and allocates 80 000 objects;
// these walk the same arrays and allocate nothing per mark, so a selection is highlighted in a
// frame (issue 13). Each returns a new Scene object over the same (changed) arrays, so the marks
// are shared with the scene it came from: only for a renderer that draws from the newest scene
// (the canvas), never for a scene someone keeps (an export builds its own).
import type { ActorGraph } from "../model/actorGraph";
import type { AppState } from "../state/appState";
import type { Point } from "./edgeGeometry";
import { deriveHighlight, type Highlight } from "./highlight";
import { sceneBounds } from "./sceneBounds";
import { loopMiddle, straight } from "./sceneEdges";
import type { Scene, SceneNode } from "./sceneTypes";

export interface RestyleInput {
  graph: ActorGraph;
  state: Pick<AppState, "selection" | "hover">;
  visibleEdges: ReadonlySet<string>;
  /** Shown above everything when nothing is hovered (a path being asked about). */
  emphasis?: Highlight | undefined;
}

/**
 * The scene with the highlight of `input` (dimmed and selected flags), as buildScene would set
 * them for the same state; the marks are changed in place.
 */
export function restyleScene(scene: Scene, input: RestyleInput): Scene {
  const { graph, state, visibleEdges, emphasis } = input;
  const highlight =
    state.hover === null && emphasis
      ? emphasis
      : deriveHighlight(graph, visibleEdges, state.hover, state.selection);
  const selectedActor = state.selection?.kind === "actor" ? state.selection.id : null;
  const selectedTie = state.selection?.kind === "tie" ? state.selection.id : null;
  for (const node of scene.nodes) {
    node.dimmed = highlight !== undefined && !highlight.nodes.has(node.id);
    node.selected = selectedActor === node.id;
  }
  for (const edge of scene.edges) {
    const { ties } = edge;
    let lit = false;
    let selected = false;
    for (const tie of ties) {
      if (highlight?.edges.has(tie)) lit = true;
      if (tie === selectedTie) selected = true;
    }
    edge.dimmed = highlight !== undefined && !lit;
    edge.selected = selected;
  }
  return { ...scene };
}

/**
 * The scene with its actors at new positions, or pinned (pins win), and its ties' middles following,
 * for scenes built without geometry (the canvas's); the marks are changed in place. Equal to
 * relocateScene, and to buildScene at the new positions.
 */
export function relocateInPlace(
  scene: Scene,
  positions: ReadonlyMap<string, Point>,
  pins: Readonly<Record<string, Point>>,
): Scene {
  const byId = new Map<string, SceneNode>();
  for (const node of scene.nodes) {
    node.pinned = Object.hasOwn(pins, node.id); // not `in`: "constructor" is an actor id too
    const position = node.pinned ? pins[node.id] : positions.get(node.id);
    if (position) {
      node.x = position.x;
      node.y = position.y;
    }
    byId.set(node.id, node);
  }
  for (const edge of scene.edges) {
    const a = byId.get(edge.source);
    const b = byId.get(edge.target);
    if (!a || !b) continue;
    edge.curve = straight(a, b);
    edge.middle = edge.loop !== undefined ? loopMiddle(a, a.r, edge.loop) : edge.curve.control;
  }
  return { ...scene, bounds: sceneBounds(scene.nodes, scene.edges) };
}
