// The policy the build writes (vite.config.ts) is the one the README states, and the single file's
// hashes are those of its inline script and style.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  SITE_POLICY,
  formatPolicy,
  headerPolicy,
  inlineHashes,
  withPolicy,
} from "../../vite.config";

describe("the Content-Security-Policy", () => {
  const readme = readFileSync("README.md", "utf8");

  it("is the one the README gives, as a meta tag and as a header with frame-ancestors", () => {
    const policy = formatPolicy(SITE_POLICY);
    expect(policy).toBe(
      "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'none'; base-uri 'none'; form-action 'none'; object-src 'none'",
    );
    expect(readme).toContain(`\n${policy}\n`);
    expect(readme).toContain(`\nContent-Security-Policy: ${headerPolicy()}\n`);
    expect(headerPolicy()).toBe(`${policy}; frame-ancestors 'none'`);
  });

  it("hashes the single file's inline script and style (SHA-256, base64)", () => {
    // Worked out with `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`.
    expect(
      inlineHashes('<script type="module">alert(1)</script><style rel="x">b{c:d}</style>'),
    ).toEqual({
      scripts: ["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"],
      styles: ["'sha256-VWCtcqomXclmaq7LQ0DoJrdMZBu+xEuM64Ao+VyP0tg='"],
    });
  });

  it("goes right after <meta charset>, before any script", () => {
    expect(
      withPolicy('<head>\n    <meta charset="utf-8" />\n    <script src="a.js"></script>', "x"),
    ).toBe(
      '<head>\n    <meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="x" />\n    <script src="a.js"></script>',
    );
    expect(() => withPolicy("<head></head>", "x")).toThrow(/no <meta charset>/);
  });
});
