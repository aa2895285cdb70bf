// The layer rules in eslint.config.js, run through ESLint's Node API: a backward import is
// rejected and an allowed one is not, the rules match the DAG written out here by hand, every
// import in src/ (dynamic ones and worker URLs too) follows that DAG, and src/ has no cycle.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const src = join(root, "src");

/** The intended DAG: what each folder of src/ may import (besides itself). app/ may import all. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  schema: [],
  dom: [],
  worker: [],
  model: ["schema"],
  state: ["schema"],
  analysis: ["schema", "model", "state", "worker"],
  view: ["schema", "model", "state", "analysis", "worker"],
  layout: ["schema", "model", "state", "analysis", "view", "worker"],
  render: [
    "schema",
    "model",
    "state",
    "analysis",
    "view",
    "layout",
    "dom",
    "edit",
    "persist",
    "worker",
  ],
  interact: ["schema", "model", "state", "analysis", "view", "layout", "dom", "edit", "worker"],
  io: ["schema", "worker"],
  edit: ["schema"],
  persist: ["schema", "edit"],
  export: ["schema", "model", "state", "analysis", "view", "layout", "io", "dom", "worker"],
};
const COMPOSITION_ROOT = "app";

const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, "eslint.config.js") });
});

/** The layer rule messages for `code` as if it were a file in src/<folder>/. */
async function layerErrors(
  folder: string,
  code: string,
): Promise<{ line: number; rule: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: join(src, folder, "probe.ts") });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-syntax")
    .map((m) => ({ line: m.line, rule: m.ruleId ?? "" }));
}

describe("the layer rules", () => {
  it("reject the backward imports this codebase had", async () => {
    const backward: [string, string][] = [
      ["view", 'import { initialPositions } from "../layout/forceLayout";'],
      ["state", 'import type { TieFilters } from "../analysis/tieFilters";'],
      ["interact", 'import { h } from "../render/dom";'],
      ["schema", 'import { h } from "../dom/elements";'],
      ["render", 'import { createExplorer } from "../app/explorerApp";'],
    ];
    for (const [folder, line] of backward)
      expect(await layerErrors(folder, `${line}\n`), `${folder}: ${line}`).toEqual([
        { line: 1, rule: "no-restricted-imports" },
      ]);
  });

  it("reject a backward dynamic import()", async () => {
    const code = 'export const later = () => import("../render/svgRenderer");\n';
    expect(await layerErrors("view", code)).toEqual([{ line: 1, rule: "no-restricted-syntax" }]);
  });

  it("allow imports down the DAG, inside a folder and from packages", async () => {
    const code = [
      'import { layoutInput } from "../layout/layoutInput";',
      'import type { Scene } from "../view/scene";',
      'import { h } from "../dom/elements";',
      'import { draw } from "./svgRenderer";',
      'import { select } from "d3-selection";',
      'export const later = () => import("../analysis/questions");',
      "export { layoutInput, h, draw, select };",
      "export type { Scene };",
    ].join("\n");
    expect(await layerErrors("render", code)).toEqual([]);
  });

  it("match the hand-written DAG for every pair of folders in src/", async () => {
    expect(new Set(folders)).toEqual(new Set([...Object.keys(MAY_IMPORT), COMPOSITION_ROOT]));
    for (const folder of folders) {
      const others = folders.filter((other) => other !== folder);
      // One probe per folder: line i imports folder i statically, line n + i dynamically.
      const code = [
        ...others.map((other, i) => `import * as m${i} from "../${other}/x";`),
        ...others.map((other, i) => `export const d${i} = () => import("../${other}/x");`),
        `export { ${others.map((_, i) => `m${i}`).join(", ")} };`,
      ].join("\n");
      const refused = new Set((await layerErrors(folder, code)).map((error) => error.line));
      const allowedStatic = others.filter((_, i) => !refused.has(i + 1));
      const allowedDynamic = others.filter((_, i) => !refused.has(others.length + i + 1));
      const expected = folder === COMPOSITION_ROOT ? others : (MAY_IMPORT[folder] ?? []);
      expect([...allowedStatic].sort(), `${folder}/ static`).toEqual([...expected].sort());
      expect([...allowedDynamic].sort(), `${folder}/ dynamic`).toEqual([...expected].sort());
    }
  });
});

/** Every .ts file under src/, as a path relative to src/. */
function sourceFiles(dir = src): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [relative(src, path)] : [];
  });
}

/** Module specifiers in a file: imports, `import type`, re-exports, import() and worker URLs. */
function specifiersIn(file: string): string[] {
  const text = readFileSync(join(src, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      found.push(node.moduleSpecifier.text);
    const first = (ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.[0];
    const isImportCall =
      ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword;
    const isUrl = ts.isNewExpression(node) && node.expression.getText(source) === "URL";
    if (first && ts.isStringLiteral(first) && (isImportCall || isUrl)) found.push(first.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The src/ files a file imports (relative specifiers resolved as vite does for .ts). */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
  return specifiersIn(file)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => relative(src, resolve(src, dirname(file), specifier)))
    .map((target) => [target, `${target}.ts`, join(target, "index.ts")].find((t) => known.has(t)))
    .filter((target): target is string => target !== undefined);
}

/** A cycle in a directed graph as [a, b, …, a], or null when it has none. */
function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "open") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "open");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

const folderOf = (file: string): string => (file.includes("/") ? (file.split("/")[0] ?? "") : file);

describe("the imports in src/", () => {
  const files = sourceFiles();
  const known = new Set(files);
  const graph = new Map(files.map((file) => [file, importsOf(file, known)]));

  it("are read by this test (it sees the imports it checks)", () => {
    expect(graph.get("layout/layoutRunner.ts")).toEqual(
      expect.arrayContaining(["layout/forceLayout.ts", "layout/layoutWorker.ts"]),
    );
    expect(graph.get("io/importRunner.ts")).toEqual(
      expect.arrayContaining(["io/importFromFiles.ts", "io/importWorker.ts"]),
    );
  });

  it("only go down the DAG between folders", () => {
    const backward = [...graph].flatMap(([file, targets]) => {
      const from = folderOf(file);
      if (from === COMPOSITION_ROOT || from === file) return []; // app/ and src/main.ts
      return targets
        .filter((target) => folderOf(target) !== from)
        .filter((target) => !(MAY_IMPORT[from] ?? []).includes(folderOf(target)))
        .map((target) => `${file} → ${target}`);
    });
    expect(backward).toEqual([]);
  });

  it("form no cycle between files", () => {
    expect(findCycle(graph)).toBeNull();
  });

  it("form no cycle between folders", () => {
    const between = new Map<string, string[]>();
    for (const [file, targets] of graph) {
      const list = between.get(folderOf(file)) ?? [];
      list.push(...targets.map(folderOf).filter((target) => target !== folderOf(file)));
      between.set(folderOf(file), list);
    }
    expect(findCycle(between)).toBeNull();
  });
});

describe("findCycle", () => {
  it("finds a two-file cycle like the old metrics ↔ sizeScale, and none in a DAG", () => {
    const cyclic = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["b"]],
    ]);
    expect(findCycle(cyclic)).toEqual(["b", "c", "b"]);
    const dag = new Map([
      ["a", ["b", "c"]],
      ["b", ["c"]],
      ["c", []],
    ]);
    expect(findCycle(dag)).toBeNull();
  });
});
