// The large-network layout: d3-force, started from the network's own coarse structure rather
// than d3's phyllotaxis (whose spiral survived 150 ticks as rings, crosses and rosettes).
//   1. Connected components are laid out apart and packed at the end (componentPacking.ts).
//   2. Inside a component, Louvain's nested communities (communityLevels.ts) form coarser and
//      coarser group graphs. The coarsest is laid out from a seeded random disc; each finer level
//      starts its units around their group's place (seeded jitter) and refines; the actors last.
//   3. Every level uses the same forces: many-body repulsion with each node's charge 1 + its
//      number of neighbours (Barnes–Hut, unlimited range), ties pulling as distance^0.4
//      (clusterForces.ts), and at the actor level circle collision. No gravity: a component holds
//      together by its ties, and its pull strength is set so that the drawing's scale grows as
//      √actors (see lengthPerRoot).
// Everything random is seeded, so the same input gives the same positions, in a worker or not.
import { forceSimulation, type Simulation, type SimulationNodeDatum } from "d3-force";
import type {
  LayoutLink,
  LayoutNode,
  LayoutSettings,
  LayoutSimulation,
  Positions,
} from "./forceLayout";
import { forceGridCollide, forceManyBodyReuse } from "./largeForces";
import { forceTieAttraction } from "./clusterForces";
import { groupGraph, type GroupGraph } from "./communityLevels";
import { seededRandom } from "../analysis/seededRandom";
import {
  MULTILEVEL_TUNING,
  packPlans,
  planLayout,
  startPositions,
  type ComponentPlan,
  type MultilevelTuning,
  type Stage,
} from "./multilevelPlan";

export { MULTILEVEL_TUNING, type MultilevelTuning } from "./multilevelPlan";

const ALPHA_MIN = 0.001;

interface Unit extends SimulationNodeDatum {
  r: number;
}

export function createMultilevelSimulation(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  settings: LayoutSettings,
  tuning: MultilevelTuning = MULTILEVEL_TUNING,
): LayoutSimulation {
  const n = nodes.length;
  const ids = nodes.map((node) => node.id);
  const xy = new Float64Array(n * 2);
  let plans: ComponentPlan[] = [];
  let stages: Stage[] = [];
  let charges: Float64Array = new Float64Array(0);
  let totalWork = 0;
  let workDone = 0;
  let stageIndex = 0;
  let running: { simulation: Simulation<Unit, undefined>; units: Unit[]; ticked: number } | null =
    null;
  let prepared = false;
  // Nothing to lay out: pinned actors where pinned, the others at the origin.
  let finished = settings.ticks <= 0 || n === 0;
  const random = seededRandom(tuning.seed);
  if (finished)
    nodes.forEach((node, i) => {
      xy[2 * i] = node.fixed?.x ?? 0;
      xy[2 * i + 1] = node.fixed?.y ?? 0;
    });

  function prepare() {
    prepared = true;
    ({
      plans,
      stages,
      charges,
      work: totalWork,
    } = planLayout(nodes, links, settings.ticks, tuning));
  }

  function beginStage(stage: Stage) {
    const plan = plans[stage.component]!;
    const level = plan.levels[stage.level]!;
    const at = startPositions(plan, stage.level, random, tuning.jitter);
    const actors = stage.level === 0;
    const group: GroupGraph = actors
      ? {
          units: level.units,
          charges: Float64Array.from(plan.members, (node) => charges[node]!),
          pairs: plan.pairs,
          weights: new Float64Array(plan.pairs.length / 2).fill(1),
        }
      : groupGraph(level.unitOf, level.units, plan.pairs, charges, plan.members);
    if (actors && plan.anchored) {
      // Pins are in the page's frame: move the start so that the pinned actors start there.
      let dx = 0;
      let dy = 0;
      let pins = 0;
      plan.members.forEach((node, k) => {
        const fixed = nodes[node]!.fixed;
        if (!fixed) return;
        dx += fixed.x - at[2 * k]!;
        dy += fixed.y - at[2 * k + 1]!;
        pins++;
      });
      for (let k = 0; k < level.units; k++) {
        at[2 * k] = at[2 * k]! + dx / pins;
        at[2 * k + 1] = at[2 * k + 1]! + dy / pins;
      }
    }
    const units: Unit[] = Array.from({ length: level.units }, (_, u) => {
      const fixed = actors ? nodes[plan.members[u]!]!.fixed : undefined;
      return {
        r: actors ? nodes[plan.members[u]!]!.r : 0,
        x: fixed?.x ?? at[2 * u]!,
        y: fixed?.y ?? at[2 * u + 1]!,
        ...(fixed ? { fx: fixed.x, fy: fixed.y } : {}),
      };
    });
    const simulation = forceSimulation(units)
      .force(
        "charge",
        forceManyBodyReuse<Unit>({
          strength: (_, u) => -tuning.repulsion * group.charges[u]!,
          theta: settings.theta,
          distanceMax: Infinity,
          rebuildEvery: settings.quadtreeReuse ?? 1,
        }),
      )
      .force(
        "ties",
        forceTieAttraction<Unit>({
          pairs: group.pairs,
          weights: group.weights,
          strength: plan.pull,
          length: plan.length,
          exponent: tuning.exponent,
          masses: group.charges,
        }),
      )
      .alpha(stage.alpha)
      .alphaDecay(1 - Math.pow(ALPHA_MIN / stage.alpha, 1 / stage.ticks))
      .stop();
    const padding = settings.collidePadding ?? 2;
    if (actors)
      simulation.force(
        "collide",
        forceGridCollide<Unit>((unit) => unit.r + padding),
      );
    running = { simulation, units, ticked: 0 };
  }

  function endStage(stage: Stage) {
    const plan = plans[stage.component]!;
    const { units } = running!;
    plan.at = new Float64Array(units.length * 2);
    plan.atLevel = stage.level;
    units.forEach((unit, u) => {
      plan.at[2 * u] = unit.x ?? 0;
      plan.at[2 * u + 1] = unit.y ?? 0;
    });
    running = null;
  }

  function finish() {
    xy.set(packPlans(plans, nodes));
    finished = true;
  }

  function tickOnce() {
    if (!prepared) prepare();
    const stage = stages[stageIndex];
    if (!stage) return finish();
    if (!running) beginStage(stage);
    running!.simulation.tick(1);
    running!.ticked++;
    workDone += running!.units.length;
    if (running!.ticked >= stage.ticks) {
      endStage(stage);
      stageIndex++;
      if (stageIndex >= stages.length) finish();
    }
  }

  /** Current positions: final once done; before, each actor at its unit's current place. */
  function current(target: Float64Array): Float64Array {
    if (finished || !prepared) {
      target.set(xy);
      return target;
    }
    target.set(xy);
    plans.forEach((plan, c) => {
      const stage = stages[stageIndex];
      const live = running && stage?.component === c ? running : null;
      const level = live
        ? plan.levels[stage!.level]!
        : plan.atLevel >= 0
          ? plan.levels[plan.atLevel]!
          : null;
      if (!level) return;
      plan.members.forEach((node, k) => {
        const u = level.unitOf[k]!;
        target[2 * node] = live ? (live.units[u]!.x ?? 0) : plan.at[2 * u]!;
        target[2 * node + 1] = live ? (live.units[u]!.y ?? 0) : plan.at[2 * u + 1]!;
      });
    });
    return target;
  }

  return {
    settings,
    ids,
    tick(count = 1) {
      for (let i = 0; i < count && !finished; i++) tickOnce();
    },
    positions() {
      const array = current(new Float64Array(n * 2));
      const positions: Positions = new Map();
      ids.forEach((id, i) => positions.set(id, { x: array[2 * i]!, y: array[2 * i + 1]! }));
      return positions;
    },
    positionArray(target = new Float64Array(n * 2)) {
      return current(target);
    },
    progress: () => (finished ? 1 : totalWork === 0 ? 0 : Math.min(workDone / totalWork, 0.999)),
    done: () => finished,
  };
}
