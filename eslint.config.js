// ESLint for the browser modules in static/js and the Node tests in tests/js (`make lint`).
// Vendored files are linted by nobody: they stay exactly as published.
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["static/vendor/", ".venv/", "node_modules/", "bench/results/", "build/"] },
  js.configs.recommended,
  {
    files: ["static/js/**/*.js"],
    languageOptions: { sourceType: "module", globals: globals.browser },
  },
  {
    files: ["tests/js/**/*.js", "eslint.config.js"],
    languageOptions: { sourceType: "module", globals: globals.node },
  },
  {
    rules: {
      eqeqeq: "error",
      "no-implicit-globals": "error",
      "no-shadow": "error",
      "no-unused-vars": ["error", { caughtErrors: "none" }],
      "prefer-const": "error",
    },
  },
];
