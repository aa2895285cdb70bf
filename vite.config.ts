import { defineConfig } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

// base './' so the built dist/ works from any static host under any sub-path.
// `vite build --mode single` (npm run build:single) inlines everything into one HTML file that
// opens from file:// with no server, for offline briefings and CMS embeds.
export default defineConfig(({ mode }) => ({
  base: "./",
  plugins: mode === "single" ? [viteSingleFile()] : [],
  build: {
    target: "es2022",
    sourcemap: false,
    outDir: mode === "single" ? "dist-single" : "dist",
  },
  server: { host: "127.0.0.1" },
}));
