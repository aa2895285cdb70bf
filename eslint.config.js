import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";

// Pure layers must not touch the DOM or d3's DOM modules: they run in workers and in Node.
const domModules = ["d3-selection", "d3-zoom", "d3-drag", "d3-brush"].map((name) => ({
  name,
  message: "pure layers stay DOM-free; DOM code lives in render/ and interact/",
}));

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
  {
    files: [
      "src/schema/**",
      "src/model/**",
      "src/view/**",
      "src/state/**",
      "src/layout/**",
      "src/analysis/**",
    ],
    rules: {
      "no-restricted-imports": ["error", { paths: domModules }],
      "no-restricted-globals": ["error", "document", "window"],
    },
  },
);
