// A large (canvas) network's scene built a slice at a time (app/sliced.ts), from the task after
// the request's (an explorer being made, a click, has its own work to finish): the picture on
// screen stays until the newest scene asked for is there. A request for the same marks as the
// build under way waits for it; any other request cancels it.
import type { Scene } from "../view/scene";
import type { Steps } from "../view/steps";
import { sameMarksFor, type MarksFor } from "./pictureCompare";
import { runSliced, yieldToPage } from "./sliced";

/** Before a canvas's first scene is built: nothing to draw yet. */
export const EMPTY_SCENE: Scene = {
  nodes: [],
  edges: [],
  legend: [],
  bounds: { x0: 0, y0: 0, x1: 0, y1: 0 },
};

export interface SceneBuilds {
  /** Builds the scene for `marks` unless that build is under way; `onBuilt` gets it. */
  request(marks: MarksFor, steps: () => Steps<Scene>, onBuilt: (scene: Scene) => void): void;
  /** Resolves once no build is under way. */
  idle(): Promise<void>;
  cancel(): void;
}

export function createSceneBuilds(): SceneBuilds {
  let building: { marks: MarksFor; done: Promise<void>; cancelled: boolean } | undefined;
  return {
    request(marks, steps, onBuilt) {
      if (building && sameMarksFor(building.marks, marks)) return;
      if (building) building.cancelled = true;
      const job = { marks, cancelled: false, done: Promise.resolve() };
      building = job;
      job.done = yieldToPage()
        .then(() => (job.cancelled ? undefined : runSliced(steps(), () => job.cancelled)))
        .then((built) => {
          if (!built || job.cancelled) return;
          building = undefined;
          onBuilt(built);
        });
    },
    async idle() {
      while (building) await building.done;
    },
    cancel() {
      if (building) building.cancelled = true;
      building = undefined;
    },
  };
}
