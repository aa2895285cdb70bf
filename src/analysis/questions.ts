// The analysis the app loads on demand, after the first picture: metrics, sizing, paths and ego
// networks pull in graphology's algorithm packages, which the first paint does not need.
import { computeMetrics, computeMetricsSteps } from "./metrics";
import { sizeScale } from "./sizeScale";
import { egoNetwork, shortestPath, simplePaths } from "./paths";
import { answerPaths } from "./pathQuestion";
import { searchPaths } from "./pathSearch";
import { createPathSearcher } from "./pathRunner";
import { PAGE_BUDGET, WORKER_BUDGET } from "./pathBudget";

export {
  answerPaths,
  computeMetrics,
  computeMetricsSteps,
  createPathSearcher,
  egoNetwork,
  PAGE_BUDGET,
  searchPaths,
  shortestPath,
  simplePaths,
  sizeScale,
  WORKER_BUDGET,
};

export interface AnalysisModule {
  computeMetrics: typeof computeMetrics;
  /** computeMetrics in steps, worked out ahead for large networks (app/viewCache.ts). */
  computeMetricsSteps: typeof computeMetricsSteps;
  sizeScale: typeof sizeScale;
  egoNetwork: typeof egoNetwork;
  shortestPath: typeof shortestPath;
  simplePaths: typeof simplePaths;
  answerPaths: typeof answerPaths;
  /** A path question within a budget, here and now. */
  searchPaths: typeof searchPaths;
  /** Runs path questions in a Web Worker. */
  createPathSearcher: typeof createPathSearcher;
  /** How far a path question is searched on the page, and then in the worker. */
  PAGE_BUDGET: typeof PAGE_BUDGET;
  WORKER_BUDGET: typeof WORKER_BUDGET;
}
