// Arrow-key movement between actors: go to the neighbour that lies most nearly in the arrow's
// direction; when no neighbour lies that way, to the nearest actor that does. Pure.
export type Direction = "left" | "right" | "up" | "down";

export interface Spot {
  id: string;
  x: number;
  y: number;
}

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

function bestInDirection(
  from: Spot,
  candidates: readonly Spot[],
  direction: Direction,
): Spot | undefined {
  const [ux, uy] = VECTORS[direction];
  let best: Spot | undefined;
  let bestCost = Infinity;
  for (const candidate of candidates) {
    if (candidate.id === from.id) continue;
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const along = (dx * ux + dy * uy) / distance; // cos of the angle to the arrow's direction
    if (along < Math.cos((70 * Math.PI) / 180)) continue;
    const cost = distance * (2 - along);
    if (cost < bestCost) {
      bestCost = cost;
      best = candidate;
    }
  }
  return best;
}

export function nextActor(
  from: Spot,
  neighbours: readonly Spot[],
  everyone: readonly Spot[],
  direction: Direction,
): string | undefined {
  return (
    bestInDirection(from, neighbours, direction) ?? bestInDirection(from, everyone, direction)
  )?.id;
}
