// The large-network section of `npm run bench` (issue 13), also runnable alone:
//   npm run bench -- --only interact        (or: npx tsx scripts/benchLarge20k.ts)
// Builds the app (unless called from bench.ts, which has), generates a 20 000-actor / 60 000-tie
// GEXF and the 5 000-actor one, and prints, beside the plain d3-force default laying out the same
// networks in Node in the same run (forceSimulation with its default forces, 300 ticks;
// BENCH_SKIP_DEFAULT=1 skips it, about a minute at 20k): open → first picture and → converged,
// the longest main-thread task while opening and while panning, zooming, hovering, selecting and
// searching, select → highlight, the JS heap once converged, the pan frames, and the 5k exports;
// then, per run, the longest frames of each phase with the scripts they ran (source file: line).
// Medians over BENCH_LARGE_RUNS runs (default 3), with the range.
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { forceCenter, forceLink, forceManyBody, forceSimulation } from "d3-force";
import type { SimulationNodeDatum } from "d3-force";
import { largeNetworkDocument } from "../tests/fixtures/largeNetwork";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { exportGexf } from "../src/io/index";
import { writeLargeGexf } from "./makeLargeNetwork";
import { measureLarge20k, type Large20k } from "./benchLargeInteract";
import { measureExports, type ExportTimes } from "./benchExports";

export const LARGE_20K_GEXF = "dist-bench/large-20000.gexf";
export const LARGE_5K_GEXF = "dist-bench/large-5000.gexf";

/**
 * The generated network as a GEXF without the indentation between elements: 20 000 actors and
 * 60 000 ties indented take 36 MB, over the 32 MiB the app opens (io/importLimits.ts); 30 MB so.
 */
export function writeCompactGexf(file: string, actors: number, ties: number): number {
  const { text } = exportGexf(largeNetworkDocument({ actors, ties, seed: 1 }));
  const compact = text.replace(/>\s+</g, "><");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, compact);
  return Buffer.byteLength(compact);
}

/** Seconds for d3-force's defaults to run 300 ticks on the generated network in Node. */
export function plainD3Default(actors: number): number {
  const document = largeNetworkDocument({ actors, ties: 3 * actors, seed: 1 });
  const nodes: (SimulationNodeDatum & { id: string })[] = document.actors.map((a) => ({
    id: a.id,
  }));
  const links = document.ties.map((t) => ({ source: t.source, target: t.target }));
  const started = performance.now();
  forceSimulation(nodes)
    .force(
      "link",
      forceLink<SimulationNodeDatum & { id: string }, (typeof links)[number]>(links).id(
        (d) => d.id,
      ),
    )
    .force("charge", forceManyBody())
    .force("center", forceCenter(0, 0))
    .stop()
    .tick(300);
  return (performance.now() - started) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const range = (xs: number[], digits = 0) =>
  `${median(xs).toFixed(digits)} [${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}]`;

export async function runLargeSection(browser: Browser, url: string): Promise<void> {
  const runs = Number(process.env.BENCH_LARGE_RUNS ?? 3);
  const skipDefault = process.env.BENCH_SKIP_DEFAULT === "1";
  const bytes = writeCompactGexf(LARGE_20K_GEXF, 20000, 60000);
  writeLargeGexf(LARGE_5K_GEXF);
  const opens: Large20k[] = [];
  const exports: ExportTimes[] = [];
  for (let i = 0; i < runs; i++) {
    opens.push(await measureLarge20k(browser, url, LARGE_20K_GEXF));
    exports.push(await measureExports(browser, url, LARGE_5K_GEXF));
  }
  // Where each run's longest frames of each phase went (scripts/benchLongFrames.ts).
  console.log("\nlongest frames over 50 ms, per run and phase (script time, invoker, source):");
  opens.forEach((run, i) => {
    for (const [phase, frames] of Object.entries(run.sources))
      for (const frame of frames) console.log(`  run ${i + 1} ${phase.padEnd(7)}${frame}`);
  });
  const d3 = skipDefault ? undefined : { k5: plainD3Default(5000), k20: plainD3Default(20000) };

  const pad = (s: string, n: number) => s.padEnd(n);
  const of = <T>(list: T[], pick: (r: T) => number, digits = 0) => range(list.map(pick), digits);
  const rows: [string, string, string, string][] = [
    ["5k/15k layout, plain d3 default in Node (s)", d3 ? d3.k5.toFixed(1) : "skipped", "", ""],
    ["20k/60k layout, plain d3 default in Node (s)", d3 ? d3.k20.toFixed(1) : "skipped", "", ""],
    ["20k/60k open → first picture (ms)", "", of(opens, (r) => r.firstPicture), "≤ 1500"],
    ["20k/60k open → converged (ms)", "", of(opens, (r) => r.converged), "≤ 15000"],
    ["20k/60k longest task, open → converged (ms)", "", of(opens, (r) => r.longestOpen), "≤ 50"],
    ["20k/60k longest task while panning (ms)", "", of(opens, (r) => r.longestPan), "≤ 50"],
    ["20k/60k longest task while zooming (ms)", "", of(opens, (r) => r.longestZoom), "≤ 50"],
    ["20k/60k longest task while hovering (ms)", "", of(opens, (r) => r.longestHover), "≤ 50"],
    ["20k/60k longest task selecting (ms)", "", of(opens, (r) => r.longestSelect), "≤ 50"],
    ["20k/60k longest task searching (ms)", "", of(opens, (r) => r.longestSearch), "≤ 50"],
    ["20k/60k select → highlight painted (ms)", "", of(opens, (r) => r.selectToHighlight), "≤ 100"],
    ...["open", "pan", "zoom", "hover", "select", "search"].map(
      (phase): [string, string, string, string] => [
        `20k/60k most CPU in one task, ${phase} (ms)`,
        "",
        of(opens, (r) => r.cpu[phase] ?? NaN),
        "",
      ],
    ),
    ["20k/60k JS heap after converged (MB)", "", of(opens, (r) => r.heapMB), "≤ 300"],
    [
      "20k/60k pan: main-thread work per frame, median (ms)",
      "",
      of(opens, (r) => r.panWorkMedian, 1),
      "≤ 16.7",
    ],
    [
      "20k/60k pan: main-thread work per frame, slowest (ms)",
      "",
      of(opens, (r) => r.panWorkWorst, 1),
      "≤ 16.7",
    ],
    ["20k/60k pan: frame interval, median (ms)", "", of(opens, (r) => r.panFrameMedian, 1), ""],
    ["20k/60k picture blank while opening (samples)", "", of(opens, (r) => r.blankSamples), "0"],
    ["5k SVG export (ms)", "", of(exports, (r) => r.svg), "≤ 250"],
    ["5k SVG export, longest task (ms)", "", of(exports, (r) => r.svgLongest), "≤ 50"],
    ["5k PNG export 2× (ms)", "", of(exports, (r) => r.png), "≤ 1500"],
    ["5k PNG export, longest task (ms)", "", of(exports, (r) => r.pngLongest), "≤ 50"],
  ];
  console.log(
    `\nlarge networks (issue 13), 1280×800, generated GEXF (20k: ${(bytes / 1e6).toFixed(1)} MB), ${runs} runs: median [min–max]`,
  );
  console.log(`${pad("", 56)}${pad("d3 default", 12)}${pad("Backchannel", 26)}budget`);
  for (const [label, base, app, budget] of rows)
    console.log(`${pad(label, 56)}${pad(base, 12)}${pad(app, 26)}${budget}`);
  const over = rows.filter(([, , app, budget]) => {
    const limit = Number(budget.replace(/[^\d.]/g, ""));
    return (
      budget !== "" &&
      Number.isFinite(limit) &&
      median(app.split(" ").slice(0, 1).map(Number)) > limit
    );
  });
  for (const [label, , , budget] of over) console.log(`OVER   budget: ${label} ${budget}`);
  if (over.length === 0) console.log("within budget: every large-network row");
}

/** Alone (npx tsx scripts/benchLarge20k.ts): build, serve, measure, print. */
export async function benchLargeAlone(): Promise<void> {
  const { build, preview } = await import("vite");
  const { chromium } = await import("playwright-core");
  const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import("./chromium");
  console.log("building the app…");
  // Hidden source maps: the JavaScript is unchanged; the long frames' sources are read from them.
  await build({ logLevel: "error", build: { sourcemap: "hidden" } });
  const app = await preview({ logLevel: "error", preview: { host: "127.0.0.1", port: 0 } });
  const address = app.httpServer.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await runLargeSection(browser, url);
  } finally {
    await browser.close();
    await app.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await benchLargeAlone();
