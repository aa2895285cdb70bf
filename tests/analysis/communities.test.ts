// Communities for "Colour by: community": Louvain on the simple undirected reading of the ties,
// seeded, groups numbered by size.
import { describe, expect, it } from "vitest";
import { findCommunities, COMMUNITY_SEED } from "../../src/analysis/communities";
import { communityInput } from "../../src/app/communityFinder";
import { buildGraph } from "../../src/model/actorGraph";
import { karateClub } from "../fixtures/karate";

/** Ties between actor indices as the worker receives them. */
const input = (actors: number, pairs: [number, number][], seed = COMMUNITY_SEED) => ({
  actors,
  sources: Int32Array.from(pairs.map(([a]) => a)),
  targets: Int32Array.from(pairs.map(([, b]) => b)),
  seed,
});
/** Every tie inside a clique of these actors. */
const clique = (members: number[]): [number, number][] =>
  members.flatMap((a, i) => members.slice(i + 1).map((b): [number, number] => [a, b]));

describe("finding communities", () => {
  // A clique of four (0–3) and one of six (4–9), joined by a single tie; actor 10 has no ties.
  const twoCliques: [number, number][] = [
    ...clique([0, 1, 2, 3]),
    ...clique([4, 5, 6, 7, 8, 9]),
    [3, 4],
  ];

  it("finds two joined cliques as two groups, the larger numbered first, and no group without ties", () => {
    const { groups, count } = findCommunities(input(11, twoCliques));
    expect(count).toBe(2);
    expect(Array.from(groups)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 0, -1]);
  });

  it("reads ties without direction, once per pair, and ignores ties to oneself", () => {
    const noisy: [number, number][] = [
      ...twoCliques.map(([a, b]): [number, number] => [b, a]),
      ...twoCliques,
      [2, 2],
      [10, 10],
    ];
    expect(findCommunities(input(11, noisy))).toEqual(findCommunities(input(11, twoCliques)));
  });

  it("gives the same groups for the same seed, every time", () => {
    const karate = communityInput(buildGraph(karateClub()));
    const first = findCommunities(karate);
    for (let i = 0; i < 3; i++) expect(findCommunities(karate)).toEqual(first);
    // Every member has a group, numbered from 0 by size.
    expect(first.count).toBeGreaterThanOrEqual(2);
    const sizes = Array.from(
      { length: first.count },
      (_, g) => Array.from(first.groups).filter((group) => group === g).length,
    );
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(Array.from(first.groups).every((group) => group >= 0)).toBe(true);
  });

  it("has no groups in a network without ties", () => {
    expect(findCommunities(input(3, []))).toEqual({
      groups: Int32Array.from([-1, -1, -1]),
      count: 0,
    });
  });
});

describe("the ties handed to the community worker", () => {
  it("are actor indices in the graph's order, one pair per tie", () => {
    const graph = buildGraph(karateClub());
    const { actors, sources, targets } = communityInput(graph);
    expect(actors).toBe(34);
    expect(sources).toHaveLength(78);
    // The first friendship is m0–m1, the last m32–m33.
    expect([sources[0], targets[0]]).toEqual([0, 1]);
    expect([sources[77], targets[77]]).toEqual([32, 33]);
  });
});
