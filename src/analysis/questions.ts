// The analysis the app loads on demand, after the first picture: metrics, sizing, paths and ego
// networks pull in graphology's algorithm packages, which the first paint does not need.
export { computeMetrics } from "./metrics";
export { sizeScale } from "./sizeScale";
export { egoNetwork, shortestPath, simplePaths } from "./paths";

export type AnalysisModule = typeof import("./questions");
