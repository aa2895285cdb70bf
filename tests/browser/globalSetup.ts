// Browser tests run against the real build: build dist/, serve it on 127.0.0.1, and hand the URL
// to the tests. Without Chromium the tests are skipped with one line, except under CI=true.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, preview, type PreviewServer } from "vite";
import type { TestProject } from "vitest/node";

import { CHROMIUM_PATH } from "../../scripts/chromium";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    /** file:// URL of the single-file build. */
    singleFileUrl: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM_PATH)) {
    if (process.env.CI === "true")
      throw new Error(`CI=true but no Chromium at ${CHROMIUM_PATH}: browser tests cannot run`);
    console.warn(
      `browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`,
    );
    project.provide("baseUrl", "");
    project.provide("chromiumPath", "");
    project.provide("singleFileUrl", "");
    return async () => {};
  }
  await build({ logLevel: "warn", configFile: "vite.config.ts" });
  await build({ logLevel: "warn", configFile: "vite.config.ts", mode: "single" });
  project.provide("singleFileUrl", pathToFileURL(resolve("dist-single/index.html")).href);
  server = await preview({
    configFile: "vite.config.ts",
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  const port = typeof address === "object" && address ? address.port : 4173;
  project.provide("baseUrl", `http://127.0.0.1:${port}/`);
  project.provide("chromiumPath", CHROMIUM_PATH);
  return async () => {
    await server?.close();
  };
}
