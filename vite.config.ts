import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

const FAVICON = "public/favicon.svg";

/**
 * The single-file build has no folder beside it: index.html's link to the favicon becomes a
 * data: URL of public/favicon.svg (and public/ is not copied there).
 */
function inlineFavicon(): Plugin {
  return {
    name: "backchannel:inline-favicon",
    transformIndexHtml: {
      order: "post",
      handler(html) {
        const link = /(<link rel="icon" type="image\/svg\+xml" href=")[^"]*favicon\.svg"/;
        if (!link.test(html)) throw new Error("index.html links no favicon.svg to inline");
        const svg = readFileSync(FAVICON, "utf8").replace(/\n\s*/g, " ").trim();
        return html.replace(link, `$1data:image/svg+xml,${encodeURIComponent(svg)}"`);
      },
    },
  };
}

/** public/README.md says what the folder holds; it is not part of the site. */
function leaveOutPublicReadme(): Plugin {
  let outDir = "dist";
  return {
    name: "backchannel:leave-out-public-readme",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      rmSync(resolve(outDir, "README.md"), { force: true });
    },
  };
}

// base './' so the built dist/ works from any static host under any sub-path.
// `vite build --mode single` (npm run build:single) inlines everything into one HTML file that
// opens from file:// with no server, for offline briefings and CMS embeds.
export default defineConfig(({ mode }) => ({
  base: "./",
  publicDir: mode === "single" ? false : "public",
  plugins: mode === "single" ? [viteSingleFile(), inlineFavicon()] : [leaveOutPublicReadme()],
  build: {
    target: "es2022",
    sourcemap: false,
    outDir: mode === "single" ? "dist-single" : "dist",
  },
  server: { host: "127.0.0.1" },
}));
