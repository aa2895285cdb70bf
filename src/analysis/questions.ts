// The analysis the app loads on demand, after the first picture: metrics, sizing, paths and ego
// networks pull in graphology's algorithm packages, which the first paint does not need.
import { computeMetrics } from "./metrics";
import { sizeScale } from "./sizeScale";
import { egoNetwork, shortestPath, simplePaths } from "./paths";
import { answerPaths } from "./pathQuestion";
import { searchPaths } from "./pathSearch";
import { createPathSearcher } from "./pathRunner";

export {
  answerPaths,
  computeMetrics,
  createPathSearcher,
  egoNetwork,
  searchPaths,
  shortestPath,
  simplePaths,
  sizeScale,
};

export interface AnalysisModule {
  computeMetrics: typeof computeMetrics;
  sizeScale: typeof sizeScale;
  egoNetwork: typeof egoNetwork;
  shortestPath: typeof shortestPath;
  simplePaths: typeof simplePaths;
  answerPaths: typeof answerPaths;
  /** A path question within a budget, here and now. */
  searchPaths: typeof searchPaths;
  /** Runs path questions in a Web Worker. */
  createPathSearcher: typeof createPathSearcher;
}
