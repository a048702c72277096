// Lint: typescript-eslint's recommended rules; src/ may not reach for Node or browser globals.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const notInAppsScript = ["require", "process", "Buffer", "URL", "TextEncoder", "TextDecoder", "setTimeout", "setInterval", "fetch", "window", "document"].map(
  (name) => ({ name, message: `${name} does not exist in Apps Script's V8.` }),
);

export default tseslint.config(
  { ignores: ["dist/", "build/", "node_modules/", "coverage/", "examples/", "scripts/shims/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["src/**/*.ts"], rules: { "no-restricted-globals": ["error", ...notInAppsScript] } },
  {
    files: ["bin/**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", console: "readonly", __dirname: "readonly", Buffer: "readonly", URL: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
