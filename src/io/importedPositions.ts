// Where another tool's file places its nodes, as the document's layout: the user's arrangement,
// which the app draws as it is (no layout runs for actors with a position; those without one are
// placed among them). Positions come from the format (GEXF's viz:position, yEd's geometry) or
// from numeric "x" and "y" values (Gephi's GraphML, graphology's and d3's JSON). Pure.
import type { Position } from "../schema/networkDocument";
import type { ForeignGraph, ForeignNode, ValueBag } from "./foreignGraph";
import { numberOf } from "./foreignValues";
import { entryOf } from "./valueBag";

/** Actors are drawn about 18 units wide (view/encodings BASE_RADIUS 9): positions closer
 * together than this on average would draw one heap (NetworkX's layouts span −1…1). */
const CROWDED = 10;
/** The average spacing such positions are spread to: about the app's own layouts' (60–90). */
const SPREAD = 80;

const flipped = (y: number) => (y === 0 ? 0 : -y);

/**
 * Each node's position, in the picture's axes (y down), and the nodes without the "x" and "y"
 * values that were read as one. Those values are a position only when every node that has either
 * has both as numbers; otherwise they stay the nodes' attributes.
 */
export function takePositions(
  nodes: readonly ForeignNode[],
  coordinates: ForeignGraph["coordinates"],
): { nodes: ForeignNode[]; positions: (Position | undefined)[] } {
  const given = nodes.map((node) => node.position);
  if (coordinates === undefined) return { nodes: [...nodes], positions: given };
  const read: ({ position: Position; keys: string[] } | undefined)[] = [];
  for (const node of nodes) {
    const x = entryOf(node.values, ["x"]);
    const y = entryOf(node.values, ["y"]);
    if (!x && !y) {
      read.push(undefined);
      continue;
    }
    const xValue = numberOf(x?.[1]);
    const yValue = numberOf(y?.[1]);
    // A text x ("left") anywhere: these are no coordinates.
    if (!x || !y || xValue === undefined || yValue === undefined)
      return { nodes: [...nodes], positions: given };
    const position = { x: xValue, y: coordinates === "y-up" ? flipped(yValue) : yValue };
    read.push({ position, keys: [x[0], y[0]] });
  }
  return {
    nodes: nodes.map((node, index) => {
      const taken = read[index];
      if (!taken) return node;
      const values: ValueBag = new Map(node.values);
      for (const key of taken.keys) values.delete(key);
      return { ...node, values };
    }),
    positions: nodes.map((node, index) => node.position ?? read[index]?.position),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * How much wider positions are spread to be drawn: 1 when they are apart, more when they are
 * crowded closer together than an actor is wide (scaled about the origin, which keeps the
 * arrangement's shape); undefined when they all sit on one point, which is no arrangement.
 */
export function spreadFactor(positions: readonly Position[]): number | undefined {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const [width, height, count] = [maxX - minX, maxY - minY, positions.length];
  if (count > 1 && width === 0 && height === 0) return undefined;
  const spacing =
    count < 2
      ? Infinity
      : width > 0 && height > 0
        ? Math.sqrt((width * height) / count)
        : Math.max(width, height) / (count - 1);
  return spacing >= CROWDED ? 1 : SPREAD / spacing;
}

/** Positions as they are drawn (spreadFactor), or undefined when they are no arrangement. */
export function spreadPositions(positions: readonly Position[]): Position[] | undefined {
  const factor = spreadFactor(positions);
  if (factor === undefined) return undefined;
  return factor === 1
    ? [...positions]
    : positions.map(({ x, y }) => ({ x: round(x * factor), y: round(y * factor) }));
}

/**
 * The document's layout positions by actor id, or undefined when the file places no actor (or
 * puts them all on one point, which is no arrangement). Positions crowded closer together than an
 * actor is wide are spread (spreadFactor). Each of these is said in a warning, and so are actors
 * the file leaves without a place.
 */
export function arrangementOf(
  ids: readonly string[],
  positions: readonly (Position | undefined)[],
  file: string,
  warnings: string[],
): Record<string, Position> | undefined {
  const placed: [string, Position][] = [];
  ids.forEach((id, index) => {
    const position = positions[index];
    if (position && Number.isFinite(position.x) && Number.isFinite(position.y))
      placed.push([id, position]);
  });
  if (placed.length === 0) return undefined;
  const factor = spreadFactor(placed.map(([, position]) => position));
  if (factor === undefined) {
    warnings.push(
      `${file}: every actor's position is the same point, which is no arrangement; Backchannel lays them out`,
    );
    return undefined;
  }
  if (placed.length < ids.length)
    warnings.push(
      `${file}: ${placed.length} of ${ids.length} actors have a position in the file; Backchannel placed the others among them`,
    );
  if (factor === 1) return Object.fromEntries(placed);
  warnings.push(
    `${file}: the positions were spread ${Math.round(factor).toLocaleString("en")} times wider, as they were closer together than an actor is wide (the arrangement is the file's)`,
  );
  return Object.fromEntries(
    placed.map(([id, { x, y }]) => [id, { x: round(x * factor), y: round(y * factor) }]),
  );
}
