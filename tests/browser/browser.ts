// Shared helpers for browser tests: one Chromium per test file, pages that record console errors.
import { CHROMIUM_ARGS } from "../../scripts/chromium";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

export { CHROMIUM_ARGS };

export const baseUrl = inject("baseUrl");
/** False when no Chromium was found; tests use `describe.skipIf(!hasBrowser)`. */
export const hasBrowser = baseUrl !== "";

export interface AppPage {
  page: Page;
  errors: string[];
}

/** Launches one browser for the file; returns a function that opens the app in a fresh page. */
export function useBrowser(): (options?: {
  width?: number;
  height?: number;
  hash?: string;
  touch?: boolean;
  /** Called before the page loads (routes that fail requests, init scripts). */
  prepare?: (context: BrowserContext) => Promise<void>;
}) => Promise<AppPage> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!hasBrowser) return;
    browser = await chromium.launch({
      executablePath: inject("chromiumPath"),
      args: CHROMIUM_ARGS,
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async ({ width = 1280, height = 800, hash = "", touch = false, prepare } = {}) => {
    if (!browser) throw new Error("no browser");
    const context = await browser.newContext({
      viewport: { width, height },
      hasTouch: touch,
      isMobile: touch,
      acceptDownloads: true,
    });
    await prepare?.(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("request", (request) => {
      if (
        !request.url().startsWith(baseUrl) &&
        !request.url().startsWith("data:") &&
        !request.url().startsWith("blob:")
      )
        errors.push(`request to another origin: ${request.url()}`);
    });
    await page.goto(`${baseUrl}${hash ? `#${hash}` : ""}`);
    await page
      .getByRole("group", { name: /^Network/ })
      .first()
      .waitFor();
    // The deferred parts (analysis, timeline, zoom) are in and the picture fitted around them.
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    return { page, errors };
  };
}
