// Communities found in the ties, for "Colour by: community": Louvain (graphology's standard
// implementation) on the simple undirected reading of every tie, seeded so the same network always
// gives the same groups. Groups are numbered by size (largest first; equal sizes by their first
// actor), so their colours do not shuffle between runs. Computed, never in the file: whatever
// shows them says so. Pure, and runs in a worker (analysis/communityWorker.ts) on large networks.
import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";

export { COMMUNITY_SEED, type CommunityInput, type Communities } from "./communityTypes";
import type { CommunityInput, Communities } from "./communityTypes";
import { seededRandom } from "./seededRandom";

export function findCommunities({ actors, sources, targets, seed }: CommunityInput): Communities {
  // Parallel ties are one channel, and direction does not matter for who clusters with whom
  // (as for betweenness, analysis/metrics.ts); a tie from an actor to itself joins nobody.
  const graph = new UndirectedGraph();
  for (let i = 0; i < actors; i++) graph.addNode(i);
  for (let i = 0; i < sources.length; i++) {
    const a = sources[i] ?? -1;
    const b = targets[i] ?? -1;
    if (a === b || a < 0 || b < 0 || a >= actors || b >= actors) continue;
    graph.mergeEdge(a, b);
  }
  const groups = new Int32Array(actors).fill(-1);
  const tied = graph.filterNodes((node) => graph.degree(node) > 0);
  if (tied.length === 0) return { groups, count: 0 };
  for (const node of graph.nodes()) if (graph.degree(node) === 0) graph.dropNode(node);
  const raw = louvain(graph, { getEdgeWeight: null, rng: seededRandom(seed) });
  // Number the groups by size, largest first; equal sizes in the order of their first actor.
  const members = new Map<number, number[]>();
  for (let i = 0; i < actors; i++) {
    const community = raw[String(i)];
    if (community === undefined) continue;
    const list = members.get(community);
    if (list) list.push(i);
    else members.set(community, [i]);
  }
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  ordered.forEach((list, group) => {
    for (const actor of list) groups[actor] = group;
  });
  return { groups, count: ordered.length };
}
