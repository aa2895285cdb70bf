// What the community search takes and gives (analysis/communities.ts), apart from Louvain itself:
// the page reads these without loading the search, which it loads only when it runs it.

/** The ties as the worker receives them: actor indices, one pair per tie. */
export interface CommunityInput {
  actors: number;
  sources: Int32Array;
  targets: Int32Array;
  seed: number;
}

export interface Communities {
  /** Per actor (by index): its group, 0 the largest; -1 for an actor without ties. */
  groups: Int32Array;
  /** How many groups. */
  count: number;
}

/** The seed every explorer uses: the same network always gets the same communities. */
export const COMMUNITY_SEED = 1;
