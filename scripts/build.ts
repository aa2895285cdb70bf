// `npm run build` and `npm run build:single`: Vite's build, with one option of Backchannel's own.
//   npm run build -- --network FILE        publish FILE (any Backchannel document) instead of the seed
//   npm run build:single -- --network FILE the same, as one HTML file
// `--network FILE` is the same as BACKCHANNEL_NETWORK=FILE (read by scripts/prerenderPlugin.ts);
// BACKCHANNEL_SITE_URL names the page's absolute URL for its social card. Other arguments are
// refused: run `npx vite build …` for Vite's own options.
import { resolve } from "node:path";
import { build } from "vite";

function usage(message: string): never {
  console.error(`${message}\nusage: npm run build[:single] [-- --network FILE]`);
  process.exit(2);
}

const args = process.argv.slice(2);
let mode: string | undefined;
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? "";
  const [name, inline] = arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
  if (name !== "--network" && name !== "--mode") usage(`unknown argument: ${arg}`);
  const value = inline ?? args[++i];
  if (!value) usage(`${name} needs a value`);
  if (name === "--mode") mode = value;
  else process.env.BACKCHANNEL_NETWORK = resolve(value);
}

try {
  await build({ configFile: "vite.config.ts", ...(mode ? { mode } : {}) });
} catch (error) {
  // The build's own message (e.g. the network's problems), without a stack trace to scroll past.
  console.error(`\nbuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
