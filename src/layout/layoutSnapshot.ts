// A finished layout written down: the positions the build computed for a published page, read
// back by the page's script as the layout's result (so the network is not laid out twice). Plain
// JSON; numbers keep every digit, so the positions read back are exactly those computed.
import type { Positions } from "./layoutTypes";

/** What a published page carries: `positions[id] = [x, y]` for every actor. */
export interface LayoutSnapshot {
  positions: Record<string, [number, number]>;
}

export function encodeLayoutSnapshot(positions: Positions): LayoutSnapshot {
  const out: Record<string, [number, number]> = {};
  for (const [id, { x, y }] of positions) out[id] = [x, y];
  return { positions: out };
}

/**
 * The positions, if the snapshot has a finite position for every one of `ids` and for no other
 * actor; otherwise undefined (the snapshot belongs to another network: lay it out afresh).
 */
export function decodeLayoutSnapshot(
  value: unknown,
  ids: readonly string[],
): Positions | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const positions = (value as { positions?: unknown }).positions;
  if (typeof positions !== "object" || positions === null) return undefined;
  const entries = positions as Record<string, unknown>;
  if (Object.keys(entries).length !== ids.length) return undefined;
  const out: Positions = new Map();
  for (const id of ids) {
    const pair = Object.hasOwn(entries, id) ? entries[id] : undefined;
    if (!Array.isArray(pair) || pair.length !== 2) return undefined;
    const [x, y] = pair as unknown[];
    if (typeof x !== "number" || typeof y !== "number") return undefined;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
    out.set(id, { x, y });
  }
  return out;
}
