// The analysis the app loads on demand, after the first picture: metrics, sizing, paths and ego
// networks pull in graphology's algorithm packages, which the first paint does not need.
import { computeMetrics } from "./metrics";
import { sizeScale } from "./sizeScale";
import { egoNetwork, shortestPath, simplePaths } from "./paths";
import { answerPaths } from "./pathQuestion";

export { answerPaths, computeMetrics, egoNetwork, shortestPath, simplePaths, sizeScale };

export interface AnalysisModule {
  computeMetrics: typeof computeMetrics;
  sizeScale: typeof sizeScale;
  egoNetwork: typeof egoNetwork;
  shortestPath: typeof shortestPath;
  simplePaths: typeof simplePaths;
  answerPaths: typeof answerPaths;
}
