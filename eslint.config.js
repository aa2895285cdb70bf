import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";

// Layers. Data moves file → schema → model → view → layout → render → interact → state, and
// state feeds the next view. Imports follow a DAG: each folder of src/ may import only the
// folders in its row of LAYERS (and itself); anything else in src/ is an error, for static
// imports, `import type` and dynamic `import()` alike. state/ sits low because every later
// layer reads AppState and emits intents, while state itself knows only the document's types.
// render/, interact/ and export/ are siblings and never import one another: interact/ turns DOM
// events into intents and reads the scene, never the drawing. app/ and src/main.ts are the
// composition root and may import anything. Workers (layout/layoutWorker.ts, io/importWorker.ts)
// follow their folder's row. tests/lint/layers.test.ts checks this table against a hand-written
// copy of the intended DAG, every import in src/ against it, and that src/ has no import cycle.
const LAYERS = {
  schema: [], // the document format: a leaf
  dom: [], // safe DOM building from untrusted text (h, safeLink…): a leaf
  worker: [], // knowing when a Web Worker dies (both sides): a leaf
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
  io: ["schema", "worker"], // files ⇄ documents: reads before schema validates, writes after
  edit: ["schema"], // edits as patches: commands, validation, undo history
  persist: ["schema", "edit"], // the user's networks in the browser (IndexedDB) and autosave
  export: ["schema", "model", "state", "analysis", "view", "layout", "io", "dom", "worker"], // io: XML escaping
};
const FOLDERS = [...Object.keys(LAYERS), "app"];

// Pure layers must not touch the DOM or d3's DOM modules: they run in workers and in Node.
const PURE = ["schema", "model", "state", "analysis", "view", "layout", "worker"];
const domModules = ["d3-selection", "d3-zoom", "d3-drag", "d3-brush"].map((name) => ({
  name,
  message: "pure layers stay DOM-free; DOM code lives in render/ and interact/",
}));

/** One config block per folder: its forbidden folders (static and dynamic imports), DOM rules. */
function layerRules(folder, allowed) {
  const forbidden = FOLDERS.filter((other) => other !== folder && !allowed.includes(other));
  const regex = `^(\\.\\./)+(${forbidden.join("|")})(/|$)`;
  const rule = allowed.length ? `may import only ${allowed.join(", ")}` : "imports nothing";
  const message = `${folder}/ ${rule} from src/ (the layer table in eslint.config.js)`;
  const pure = PURE.includes(folder);
  return {
    files: [`src/${folder}/**`],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: pure ? domModules : [], patterns: [{ regex, message }] },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: `ImportExpression[source.value=/${regex.replaceAll("/", "\\/")}/]`, message },
      ],
      ...(pure ? { "no-restricted-globals": ["error", "document", "window"] } : {}),
    },
  };
}

export default tseslint.config(
  { ignores: ["dist/**", "dist-single/**", "dist-bench/**", "node_modules/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  ...Object.entries(LAYERS).map(([folder, allowed]) => layerRules(folder, allowed)),
);
