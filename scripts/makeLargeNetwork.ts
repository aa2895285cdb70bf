// `npx tsx scripts/makeLargeNetwork.ts [FILE] [--actors N] [--ties M] [--seed S]`: writes a
// deterministic, dynamic GEXF 1.3 file (every tie dated) of a generated clustered network, by
// default 5 000 actors and 15 000 ties to dist-bench/large-5000.gexf, for the "large files" bench
// and for trying the app by hand. The file is generated, never committed.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { exportGexf } from "../src/io/index";
import { largeNetworkDocument, type LargeNetworkOptions } from "../tests/fixtures/largeNetwork";

export const DEFAULT_LARGE_GEXF = "dist-bench/large-5000.gexf";

/** Writes the GEXF and returns its size in bytes. */
export function writeLargeGexf(
  file = DEFAULT_LARGE_GEXF,
  options: LargeNetworkOptions = { actors: 5000, ties: 15000, seed: 1 },
): number {
  const { text } = exportGexf(largeNetworkDocument(options));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

function main(args: string[]): void {
  const flags = new Map<string, number>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") continue;
    if (arg.startsWith("--")) flags.set(arg.slice(2), Number(args[++i]));
    else files.push(arg);
  }
  const actors = flags.get("actors") ?? 5000;
  const options = {
    actors,
    ties: flags.get("ties") ?? 3 * actors,
    seed: flags.get("seed") ?? 1,
  };
  if (![options.actors, options.ties, options.seed].every(Number.isInteger) || actors < 2) {
    console.error(
      "usage: tsx scripts/makeLargeNetwork.ts [FILE] [--actors N] [--ties M] [--seed S]",
    );
    process.exit(2);
  }
  const file = files[0] ?? DEFAULT_LARGE_GEXF;
  const bytes = writeLargeGexf(file, options);
  console.log(
    `${file}: ${options.actors} actors, ${options.ties} ties, seed ${options.seed}, ${(bytes / 1e6).toFixed(1)} MB`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
