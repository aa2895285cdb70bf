// `npm run bench`: builds the app and a plain d3 baseline page, loads each several times in
// headless Chromium (interleaved, same run) and prints medians and ratios:
//   - time from navigation start to a settled picture (performance mark "backchannel:settled"),
//   - main-thread CPU for the load (CDP TaskDuration),
//   - gzip size of the initial JavaScript.
// Budgets (issue 3): settled ≤ 500 ms, ≤ 1.5× the baseline, initial JS ≤ 80 kB gzip.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, preview } from "vite";
import { chromium, type Browser } from "playwright-core";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function initialJsGzip(dir: string): number {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? "",
  );
  return scripts.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length,
    0,
  );
}

async function measure(browser: Browser, url: string): Promise<{ settled: number; cpu: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName("backchannel:settled").length > 0,
    undefined,
    { timeout: 30_000 },
  );
  const settled = await page.evaluate(
    () => performance.getEntriesByName("backchannel:settled")[0]!.startTime,
  );
  const { metrics } = (await cdp.send("Performance.getMetrics")) as {
    metrics: { name: string; value: number }[];
  };
  const cpu = (metrics.find((m) => m.name === "TaskDuration")?.value ?? 0) * 1000;
  await context.close();
  return { settled, cpu };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

console.log("building the app and the baseline…");
await build({ logLevel: "error" });
await build({
  logLevel: "error",
  root: "bench/baseline",
  base: "./",
  build: { outDir: "../../dist-bench", emptyOutDir: true },
});

const app = await preview({ logLevel: "error", preview: { host: "127.0.0.1", port: 0 } });
const baseline = await preview({
  logLevel: "error",
  root: "bench/baseline",
  build: { outDir: "../../dist-bench" },
  preview: { host: "127.0.0.1", port: 0 },
});
const urlOf = (server: typeof app) => {
  const address = server.httpServer.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ARGS,
});

const results = {
  app: [] as { settled: number; cpu: number }[],
  baseline: [] as { settled: number; cpu: number }[],
};
await measure(browser, urlOf(app)); // warm the disk cache for both, not measured
await measure(browser, urlOf(baseline));
for (let i = 0; i < RUNS; i++) {
  results.app.push(await measure(browser, urlOf(app)));
  results.baseline.push(await measure(browser, urlOf(baseline)));
}
await browser.close();
await app.close();
await baseline.close();

const row = (name: string, xs: { settled: number; cpu: number }[]) => ({
  name,
  settled: median(xs.map((x) => x.settled)),
  cpu: median(xs.map((x) => x.cpu)),
});
const a = row("Backchannel", results.app);
const b = row("plain d3 baseline", results.baseline);
const jsApp = initialJsGzip("dist");
const jsBase = initialJsGzip("dist-bench");
const pad = (s: string, n: number) => s.padEnd(n);
console.log(`\nseed network, 1280×800, median of ${RUNS} interleaved loads`);
console.log(
  `${pad("", 20)}${pad("settled (ms)", 14)}${pad("main CPU (ms)", 15)}initial JS gzip (kB)`,
);
for (const [r, js] of [
  [a, jsApp],
  [b, jsBase],
] as const)
  console.log(
    `${pad(r.name, 20)}${pad(r.settled.toFixed(0), 14)}${pad(r.cpu.toFixed(0), 15)}${(js / 1024).toFixed(1)}`,
  );
const ratio = a.settled / b.settled;
console.log(
  `\nratio settled app/baseline: ${ratio.toFixed(2)}×   CPU: ${(a.cpu / b.cpu).toFixed(2)}×`,
);
const checks = [
  [`settled ≤ 500 ms`, a.settled <= 500],
  [`settled ≤ 1.5× baseline`, ratio <= 1.5],
  [`initial JS ≤ 80 kB gzip`, jsApp <= 80 * 1024],
] as const;
for (const [label, ok] of checks) console.log(`${ok ? "within" : "OVER  "} budget: ${label}`);
