// The d3 simulation with every force the layout uses, set up for resolved settings (not run).
import {
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
} from "d3-force";
import { forceBoxCollide } from "./boxCollide";
import { forceTieClearance } from "./tieClearance";
import { forceManyBodyExact } from "./exactCharge";
import { forceGridCollide, forceManyBodyReuse } from "./largeForces";
import type { LayoutLink, LayoutSettings, SimNode } from "./layoutTypes";

const CHARGE = -520;
const CHARGE_DISTANCE_MAX = 900;

/**
 * Springs between linked nodes, repulsion between all (d3's Barnes–Hut, the exact sum when
 * `settings.exactCharge`, or forceManyBodyReuse when the settings ask for quadtree reuse), a pull to the
 * centre (the fixed nodes' centre, initialPositions' fixedCentre), and box or circle collision.
 * The simulation is stopped: the caller ticks it.
 */
export function layoutForces(
  simNodes: SimNode[],
  links: readonly LayoutLink[],
  settings: LayoutSettings,
  centre: { x: number; y: number } = { x: 0, y: 0 },
): Simulation<SimNode, undefined> {
  const index = new Map(simNodes.map((node) => [node.id, node]));
  // One spring per connected pair: parallel ties should not pull harder than a single one.
  const pairs = new Map<string, SimulationLinkDatum<SimNode>>();
  for (const link of links) {
    if (link.source === link.target || !index.has(link.source) || !index.has(link.target)) continue;
    const key =
      link.source < link.target
        ? `${link.source}\u0000${link.target}`
        : `${link.target}\u0000${link.source}`;
    if (!pairs.has(key)) pairs.set(key, { source: link.source, target: link.target });
  }
  const simulation = forceSimulation<SimNode>(simNodes)
    .force(
      "link",
      forceLink<SimNode, SimulationLinkDatum<SimNode>>([...pairs.values()])
        .id((node) => node.id)
        .distance(settings.linkDistance)
        .strength(0.6),
    )
    .force(
      "charge",
      settings.quadtreeReuse !== undefined
        ? forceManyBodyReuse<SimNode>({
            strength: CHARGE,
            theta: settings.theta,
            distanceMax: CHARGE_DISTANCE_MAX,
            rebuildEvery: settings.quadtreeReuse,
          })
        : settings.exactCharge
          ? forceManyBodyExact(CHARGE, CHARGE_DISTANCE_MAX)
          : forceManyBody<SimNode>()
              .strength(CHARGE)
              .distanceMax(CHARGE_DISTANCE_MAX)
              .theta(settings.theta),
    )
    .force("x", forceX<SimNode>(centre.x).strength(0.06))
    .force("y", forceY<SimNode>(centre.y).strength(0.08))
    .alphaDecay(1 - Math.pow(0.001, 1 / settings.ticks))
    .stop();
  if (settings.boxes) simulation.force("boxes", forceBoxCollide());
  if (settings.tieClearance) simulation.force("ties", forceTieClearance(links));
  const padding = settings.collidePadding;
  if (padding !== undefined)
    simulation.force(
      "collide",
      forceGridCollide<SimNode>((node) => node.r + padding),
    );
  return simulation;
}
