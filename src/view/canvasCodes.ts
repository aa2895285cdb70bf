// What a scene's marks share between the canvas's paintings (view/canvasBatches.ts), worked out
// once per scene and cached on its arrays: each tie's two actors as indices, and each tie's and
// actor's look as a small number. In steps, as the base layer's batches are. Pure.
import type { Scene, SceneEdge, SceneNode } from "./scene";

/** Items worked through between two yields (here and in the base layer's steps). */
export const ITEMS_PER_STEP = 6000;

/**
 * What a scene's marks share between paintings, worked out once per scene (its arrays): each
 * tie's two actors as indices, and each tie's and actor's look as a small number.
 */
export interface SceneCodes {
  sources: Int32Array;
  targets: Int32Array;
  /** Per tie: index into `tieLooks`. */
  tieLook: Int32Array;
  tieLooks: { stroke: string; dash: string }[];
  /** Per actor: index into `actorLooks`. */
  actorLook: Int32Array;
  actorLooks: { fill: string; kind: SceneNode["kind"]; r: number }[];
}

const codesCache = new WeakMap<
  readonly SceneEdge[],
  { nodes: readonly SceneNode[]; codes: SceneCodes }
>();

export function* sceneCodes(scene: Scene): Generator<void, SceneCodes> {
  const cached = codesCache.get(scene.edges);
  if (cached && cached.nodes === scene.nodes) return cached.codes;
  const { nodes, edges } = scene;
  const indexOf = new Map<string, number>();
  const actorLook = new Int32Array(nodes.length);
  const actorLooks: SceneCodes["actorLooks"] = [];
  const actorKeys = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as SceneNode;
    indexOf.set(node.id, i);
    const key = `${node.kind}|${node.fill}|${node.r}`;
    let look = actorKeys.get(key);
    if (look === undefined) {
      look = actorLooks.length;
      actorKeys.set(key, look);
      actorLooks.push({ fill: node.fill, kind: node.kind, r: node.r });
    }
    actorLook[i] = look;
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  const sources = new Int32Array(edges.length);
  const targets = new Int32Array(edges.length);
  const tieLook = new Int32Array(edges.length);
  const tieLooks: SceneCodes["tieLooks"] = [];
  const tieKeys = new Map<string, Map<string, number>>();
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i] as SceneEdge;
    sources[i] = indexOf.get(edge.source) ?? -1;
    targets[i] = indexOf.get(edge.target) ?? -1;
    let byDash = tieKeys.get(edge.stroke);
    if (!byDash) tieKeys.set(edge.stroke, (byDash = new Map()));
    let look = byDash.get(edge.dash);
    if (look === undefined) {
      look = tieLooks.length;
      byDash.set(edge.dash, look);
      tieLooks.push({ stroke: edge.stroke, dash: edge.dash });
    }
    tieLook[i] = look;
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
  }
  const codes = { sources, targets, tieLook, tieLooks, actorLook, actorLooks };
  codesCache.set(edges, { nodes, codes });
  return codes;
}
