import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";
import { prerender } from "./scripts/prerenderPlugin.ts";

const FAVICON = "public/favicon.svg";

// ── The Content-Security-Policy ──────────────────────────────────────────────────────────────
// The built page carries it in a <meta> tag. Each source a directive allows is there for the
// reason written beside it; anything else stays 'none'. The dev server gets no policy: there vite's
// client injects the CSS as inline <style> elements and reloads over a WebSocket, which this
// policy forbids. The README ("Limits and safety") gives the header form for hosts that can send
// headers (with frame-ancestors, which a <meta> policy cannot carry).
// tests/browser/contentSecurityPolicy.test.ts runs the app under it.
type Policy = Record<string, readonly string[]>;

/** `npm run build`: every script, worker, style and image comes from the site's own folder. */
export const SITE_POLICY: Policy = {
  "default-src": ["'none'"],
  // The app's modules and the chunks it loads on first use; no inline script, no eval (zod runs
  // jitless, CSV parsing is papaparse's, which compiles nothing).
  "script-src": ["'self'"],
  // The import and layout workers (module workers, files beside the page).
  "worker-src": ["'self'"],
  // The stylesheet; styles set from script go through the CSSOM, which a policy does not limit.
  "style-src": ["'self'"],
  // The favicon; "Export PNG" draws the exported SVG through a blob: URL.
  "img-src": ["'self'", "blob:"],
  // The app fetches nothing once loaded.
  "connect-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'none'"],
  "object-src": ["'none'"],
};

/**
 * `npm run build:single`: the script and the stylesheet are inline, allowed by their hashes
 * (computed when the file is written), and the favicon is a data: URL. Workers keep 'self': served
 * with the worker files beside it (dist-single/ as a whole), the page uses them; opened from
 * file://, workers cannot start and the page does their work itself.
 */
export function singleFilePolicy(hashes: { scripts: string[]; styles: string[] }): Policy {
  return {
    ...SITE_POLICY,
    "script-src": hashes.scripts,
    "style-src": hashes.styles,
    "img-src": ["'self'", "blob:", "data:"],
  };
}

export function formatPolicy(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}

/** The header form, for hosts that can send one: the same policy plus who may frame the page. */
export function headerPolicy(frameAncestors: readonly string[] = ["'none'"]): string {
  return formatPolicy({ ...SITE_POLICY, "frame-ancestors": frameAncestors });
}

const sha256 = (text: string) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The hashes of every inline <script> and <style> in the page, in order. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const contents = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map(
      (match) => match[1] ?? "",
    );
  return { scripts: contents("script").map(sha256), styles: contents("style").map(sha256) };
}

/** The page with its policy as the first thing after <meta charset>, before any script or style. */
export function withPolicy(html: string, policy: string): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html)) throw new Error("index.html has no <meta charset> to put the CSP after");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
}

/**
 * Writes the policy into the built page: the site's as the HTML is transformed; the single file's
 * once vite-plugin-singlefile has inlined the script and stylesheet (list this plugin after it).
 */
export function contentSecurityPolicy(build: "site" | "single"): Plugin {
  return {
    name: "backchannel:content-security-policy",
    apply: "build",
    enforce: "post",
    transformIndexHtml: {
      order: "post",
      handler: (html) => (build === "site" ? withPolicy(html, formatPolicy(SITE_POLICY)) : html),
    },
    generateBundle: {
      order: "post",
      handler(_options, bundle) {
        if (build !== "single") return;
        for (const file of Object.values(bundle)) {
          if (file.type !== "asset" || !file.fileName.endsWith(".html")) continue;
          const html = String(file.source);
          file.source = withPolicy(html, formatPolicy(singleFilePolicy(inlineHashes(html))));
        }
      },
    },
  };
}

// ── The rest of the build ───────────────────────────────────────────────────────────────────

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
  // The published network, prerendered into index.html, and its social card (scripts/build.ts).
  // The Content-Security-Policy (above) goes into the built page only: the dev server serves
  // inline scripts and styles. In the single file it follows the inlining.
  plugins: [
    prerender(),
    ...(mode === "single"
      ? [viteSingleFile(), inlineFavicon(), contentSecurityPolicy("single")]
      : [leaveOutPublicReadme(), contentSecurityPolicy("site")]),
  ],
  build: {
    target: "es2022",
    sourcemap: false,
    outDir: mode === "single" ? "dist-single" : "dist",
  },
  server: { host: "127.0.0.1" },
}));
