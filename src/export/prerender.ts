// The published page's picture, computed ahead of time (at build time, in Node): the network's
// seeded layout and the scene the explorer draws first — the initial state, no hash, no analysis
// loaded yet — made by the same modules the explorer uses, so the page's script can take the
// picture over without laying the network out again. Pure.
import { buildGraph, type ActorGraph } from "../model/actorGraph";
import type { NetworkDocument } from "../schema/networkDocument";
import { initialState } from "../state/appState";
import { drawingPlan, networkSize, type DrawingPlan } from "../view/drawingPlan";
import { deriveNetworkView, playOrderOf } from "../view/networkView";
import { buildScene, type Scene } from "../view/scene";
import type { Positions } from "../layout/forceLayout";
import { layoutInput } from "../layout/layoutInput";
import { startLayout } from "../layout/layoutRunner";

export interface Prerendered {
  graph: ActorGraph;
  plan: DrawingPlan;
  /** The converged layout, as the explorer computes it (app/layoutFollower.ts). */
  positions: Positions;
  /** The explorer's first scene at those positions (app/picture.ts's sceneFor). */
  scene: Scene;
}

export function prerenderNetwork(document: NetworkDocument): Prerendered {
  const graph = buildGraph(document);
  const plan = drawingPlan(networkSize(graph));
  // The same input and options as startNetworkLayout; run here to the end whatever the size.
  const input = layoutInput(graph, undefined, plan.layout.labelRoom);
  const positions = startLayout(input.nodes, input.links, {
    ...plan.layout,
    inWorker: false,
  }).initial;
  const state = initialState();
  const view = deriveNetworkView(
    graph,
    {
      filters: state.filters,
      sizeBy: state.sizeBy,
      path: state.path,
      ego: state.ego,
      playhead: state.playhead,
      needMetrics: false,
      betweenness: plan.betweenness,
    },
    playOrderOf(graph),
  );
  const scene = buildScene({
    graph,
    state,
    positions,
    visibleNodes: view.visibleNodes,
    visibleEdges: view.visibleEdges,
    sizes: view.sizes,
    emphasis: view.emphasis,
    labels: plan.labels,
    arrows: plan.arrowheads,
    mergedTies: plan.mergedTies,
    geometry: true,
  });
  return { graph, plan, positions, scene };
}
