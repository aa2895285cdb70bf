import { defineConfig } from "vite";

// base './' so the built dist/ works from any static host under any sub-path.
export default defineConfig({
  base: "./",
  build: {
    target: "es2022",
    sourcemap: false,
  },
  server: { host: "127.0.0.1" },
});
