import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "tmp/", "dist/", "proto/gen/", "models/train/", ".device/", ".device-src/", "out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-constant-condition": ["error", { checkLoops: false }],
    },
  },
  {
    files: ["bin/**/*.js", "scripts/**/*.mjs", "agents/**/*.mjs", "native/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", URL: "readonly", performance: "readonly" } },
  },
);
