// The scene: everything the picture shows, as plain data with final geometry and colours —
// derived from the graph, the state and the positions. The screen renderer and the SVG export
// both draw a scene, so what you see is what you export. This file builds the actors and puts
// the parts together; ties, legend and bounds have their own modules.
import type { ActorGraph } from "../model/actorGraph";
import type { AppState } from "../state/appState";
import { ACTOR_KIND_LABELS } from "../schema/vocabulary";
import { ACTOR_ENCODINGS, BASE_RADIUS } from "./encodings";
import type { Point } from "./edgeGeometry";
import { deriveHighlight, type Highlight } from "./highlight";
import { measureLabel } from "./labels";
import { LABEL_PLACEMENT_LIMIT, placeBelow, placeLabels } from "./labelPlacement";
import { symbolPath } from "./symbols";
import { sceneBounds } from "./sceneBounds";
import { loopMiddle, sceneEdgeSteps, straight } from "./sceneEdges";
import { legendSteps } from "./sceneLegend";
import { runSteps, STEP_ITEMS, type Steps } from "./steps";
import type { ActorColouring } from "./colourBy";
import type { Scene, SceneNode } from "./sceneTypes";

export type { Bounds, LegendEntry, Scene, SceneEdge, SceneNode } from "./sceneTypes";
export { sceneBounds } from "./sceneBounds";

export interface SceneInput {
  graph: ActorGraph;
  state: Pick<AppState, "selection" | "hover" | "collapseParallel" | "pins">;
  /** Layout positions (pins in state override them). */
  positions: ReadonlyMap<string, Point>;
  visibleNodes?: ReadonlySet<string> | undefined;
  visibleEdges?: ReadonlySet<string> | undefined;
  /** Radius multiplier per actor ("size actors by"). */
  sizes?: ReadonlyMap<string, number> | undefined;
  /** Draw labels (large networks turn them off). */
  labels?: boolean;
  /** Draw arrowheads (very large networks turn them off). */
  arrows?: boolean;
  /** The renderer merges ties into a few paths: skip per-tie names. */
  mergedTies?: boolean;
  /**
   * Compute each tie's SVG path (default). The canvas renderer draws ties from the actors'
   * positions, so for it the paths are skipped: `d` and `arrow` are empty and `middle` is the
   * midpoint of the two ends.
   */
  geometry?: boolean;
  /** Shown above everything when nothing is hovered (a path being asked about). */
  emphasis?: Highlight | undefined;
  /** "Colour by" other than kind (view/colourBy.ts); shapes still say the kind. */
  colouring?: ActorColouring | undefined;
}

export function buildScene(input: SceneInput): Scene {
  return runSteps(buildSceneSteps(input));
}

/** buildScene in steps (view/steps.ts): a large network's scene over several tasks. */
export function* buildSceneSteps(input: SceneInput): Steps<Scene> {
  const { graph, state, positions } = input;
  const visibleEdges = input.visibleEdges ?? new Set(graph.edges());
  const visibleNodes = input.visibleNodes ?? new Set(graph.nodes());
  const showLabels = input.labels ?? true;
  const highlight =
    state.hover === null && input.emphasis
      ? input.emphasis
      : deriveHighlight(graph, visibleEdges, state.hover, state.selection);
  const showArrows = input.arrows ?? true;
  const mergedTies = input.mergedTies ?? false;
  const geometry = input.geometry ?? true;
  const selectedActor = state.selection?.kind === "actor" ? state.selection.id : null;
  const selectedTie = state.selection?.kind === "tie" ? state.selection.id : null;
  const colouring = input.colouring;

  const nodes: SceneNode[] = [];
  const nodeIndex = new Map<string, SceneNode>();
  let seen = 0;
  for (const { node: id, attributes: actor } of graph.nodeEntries()) {
    if (++seen % STEP_ITEMS === 0) yield;
    if (!visibleNodes.has(id)) continue;
    const pinned = Object.hasOwn(state.pins, id); // not `in`: "constructor" is an actor id too
    const position = pinned ? state.pins[id] : positions.get(id);
    if (!position) continue;
    const r = BASE_RADIUS * (input.sizes?.get(id) ?? 1);
    const label = showLabels ? measureLabel(actor.name) : { lines: [], width: 0, height: 0 };
    const encoding = ACTOR_ENCODINGS[actor.kind];
    // Ties touching the actor, a tie to itself once (graphology's degree counts it twice).
    const degree = (graph.degree(id) + graph.degreeWithoutSelfLoops(id)) / 2;
    const below = placeBelow(r);
    const node: SceneNode = {
      id,
      name: actor.name,
      kind: actor.kind,
      x: position.x,
      y: position.y,
      r,
      d: symbolPath(encoding.symbol, r),
      fill: colouring
        ? (colouring.fillOf?.(id) ??
          colouring.groups.get(colouring.keyOf(id))?.fill ??
          encoding.fill)
        : encoding.fill,
      lines: label.lines,
      labelDx: below.dx,
      labelDy: below.dy,
      labelAnchor: below.anchor,
      labelWidth: label.width,
      ariaLabel: `${actor.name}, ${ACTOR_KIND_LABELS[actor.kind].toLowerCase()}${actor.role ? `, ${actor.role}` : ""}, ${degree.toLocaleString("en")} tie${degree === 1 ? "" : "s"}`,
      dimmed: highlight !== undefined && !highlight.nodes.has(id),
      selected: selectedActor === id,
      pinned,
    };
    nodes.push(node);
    nodeIndex.set(id, node);
  }

  const edges = yield* sceneEdgeSteps(graph, visibleEdges, nodeIndex, {
    collapseParallel: state.collapseParallel,
    showArrows,
    mergedTies,
    geometry,
    highlight,
    selectedTie,
  });

  // The canvas (scenes without geometry) draws every label under its actor, and so does a
  // large network (LABEL_PLACEMENT_LIMIT).
  if (showLabels && geometry && nodes.length <= LABEL_PLACEMENT_LIMIT) {
    // Labels keep clear of the ties of what is selected (or asked about), not of what is hovered:
    // a label that moved under the pointer would change what is hovered.
    const steady =
      state.hover === null
        ? highlight
        : (input.emphasis ?? deriveHighlight(graph, visibleEdges, null, state.selection));
    const places = placeLabels({
      nodes: nodes.map((node) => ({ ...node, lineCount: node.lines.length })),
      edges: edges.map((edge) => ({
        curve: edge.curve,
        dimmed: steady !== undefined && !edge.ties.some((tie) => steady.edges.has(tie)),
      })),
      priority: steady?.nodes,
    });
    for (const node of nodes) {
      const place = places.get(node.id);
      if (!place) continue;
      node.labelDx = place.dx;
      node.labelDy = place.dy;
      node.labelAnchor = place.anchor;
    }
  }

  return {
    nodes,
    edges,
    legend: yield* legendSteps(graph, nodes, edges, colouring),
    bounds: sceneBounds(nodes, edges),
  };
}

/**
 * The same scene with its actors moved to new positions and pins (pins win), for scenes built
 * without geometry (the canvas renderer's): what a converging layout or a dragged actor needs, for
 * a fraction of buildScene's cost. Equal to buildScene with the new positions and pins.
 */
export function relocateScene(
  scene: Scene,
  positions: ReadonlyMap<string, Point>,
  pins: Readonly<Record<string, Point>>,
): Scene {
  const moved = new Map<string, SceneNode>();
  const nodes = scene.nodes.map((node) => {
    const pinned = Object.hasOwn(pins, node.id);
    const position = pinned ? pins[node.id] : positions.get(node.id);
    const next = position ? { ...node, x: position.x, y: position.y, pinned } : node;
    moved.set(node.id, next);
    return next;
  });
  const edges = scene.edges.map((edge) => {
    const a = moved.get(edge.source);
    const b = moved.get(edge.target);
    if (!a || !b) return edge;
    const curve = straight(a, b);
    const middle = edge.loop !== undefined ? loopMiddle(a, a.r, edge.loop) : curve.control;
    return { ...edge, middle, curve };
  });
  return { nodes, edges, legend: scene.legend, bounds: sceneBounds(nodes, edges) };
}
