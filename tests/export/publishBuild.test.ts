// `npm run build -- --network FILE` (BACKCHANNEL_NETWORK=FILE): the build publishes any
// Backchannel document as the prerendered page, in both builds; a bad file fails the build.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { build } from "vite";
import { siteUrlOf } from "../../scripts/prerenderPlugin";
import { chainWithParallels } from "../fixtures/documents";

const dir = mkdtempSync(join(tmpdir(), "backchannel-publish-"));
const fixture = join(dir, "chain.json");

/** A build of vite.config.ts into `outDir` with the environment a `--network` build sets. */
async function buildWith(env: Record<string, string>, outDir: string, mode?: string) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    await build({
      configFile: "vite.config.ts",
      logLevel: "silent",
      ...(mode ? { mode } : {}),
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env = saved;
  }
}

beforeAll(() => writeFileSync(fixture, JSON.stringify(chainWithParallels())));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("publishing a network as a page", () => {
  it("prerenders the network named by BACKCHANNEL_NETWORK, with its card and tags", async () => {
    const out = join(dir, "site");
    await buildWith(
      { BACKCHANNEL_NETWORK: fixture, BACKCHANNEL_SITE_URL: "https://news.example/chain" },
      out,
    );
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain(`<h1 class="network-title">Chain with parallels</h1>`);
    for (const name of ["Alpha", "Bravo", "Charlie"]) expect(html).toContain(`>${name}</tspan>`);
    expect(html).not.toContain("Edan Alexander");
    expect(html).toContain(
      `<meta property="og:image" content="https://news.example/chain/social-card.png" />`,
    );
    const data = /<script type="application\/json" id="backchannel-document">(.*?)<\/script>/s.exec(
      html,
    );
    expect(JSON.parse(data![1]!)).toEqual(chainWithParallels());
    const png = readFileSync(join(out, "social-card.png"));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }, 180_000);

  it("does the same in the single-file build: one HTML file, the network in it", async () => {
    const out = join(dir, "single");
    await buildWith({ BACKCHANNEL_NETWORK: fixture }, out, "single");
    const html = readFileSync(join(out, "index.html"), "utf8");
    expect(html).toContain(">Charlie</tspan>");
    expect(html).not.toMatch(/<script[^>]+src=/);
    // (The workers' files are written beside it as in every single-file build; unused there.)
    const files = readdirSync(out).filter((file) => !/Worker-.*\.js$/.test(file));
    expect(files.sort()).toEqual(["index.html", "social-card.png"]);
  }, 180_000);

  it("fails on a bad file (npm run build -- --network FILE), listing its problems", async () => {
    const bad = join(dir, "bad.json");
    const doc = chainWithParallels() as unknown as { ties: { source: string }[] };
    doc.ties[0]!.source = "nobody";
    writeFileSync(bad, JSON.stringify(doc));
    // Fails while the config is resolved, before anything is written to dist/.
    const run = promisify(execFile)(process.execPath, [
      "--import",
      "tsx",
      "scripts/build.ts",
      "--network",
      bad,
    ]);
    const failure = await run.then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain("is not a valid Backchannel document");
    expect(failure?.stderr).toMatch(/ties\[0\]\.source.*nobody/);
  }, 180_000);
});

describe("the site URL for the card", () => {
  it("is an absolute http(s) directory URL", () => {
    expect(siteUrlOf("https://news.example/chain")).toBe("https://news.example/chain/");
    expect(siteUrlOf("https://news.example/a/index.html?x=1#y")).toBe("https://news.example/a/");
    expect(siteUrlOf(undefined)).toBeUndefined();
    expect(siteUrlOf(" ")).toBeUndefined();
    expect(() => siteUrlOf("/relative/")).toThrow(/absolute URL/);
    expect(() => siteUrlOf("ftp://x.example/")).toThrow(/http\(s\)/);
  });
});
