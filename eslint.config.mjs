// ESLint (flat config): TypeScript and Next.js recommendations, plus the rules that keep the project's
// decisions (docs/ARCHITECTURE.md, « Layers »): app/ reaches the database only through lib/, zod only
// through its French wrapper, no non-null assertions, no import cycles. `npm run lint` runs it, then Prettier's
// check of the layout (.prettierrc.json); `npm test` runs both.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import eslintConfigPrettier from "eslint-config-prettier/flat";

const dbFromApp = {
  group: ["@/db", "@/db/*", "**/db/*"],
  message: "app/ reads and writes through lib/ (a service or lib/<domain>/reads.ts), never db/ directly.",
};
const libFromDb = {
  group: ["@/lib", "@/lib/*", "**/lib/*"],
  message:
    "db/ (schema, queries, client) imports nothing from lib/: shapes both read live in db/queries/. Loaders (db/seed/, db/reference/load.ts, db/setup.ts) are scripts and may.",
};
const zodDirect = {
  name: "zod",
  message: 'Import z from "@/lib/validation/zod": the wrapper sets the French messages and the text rules.',
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-e2e/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "public/**",
      "**/*.d.ts",
      ".*",
      ".*/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mjs}"],
    plugins: { "@next/next": nextPlugin, "import-x": importX, "react-hooks": reactHooks },
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver": undefined,
      "import-x/resolver-next": [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // French text keeps its non-breaking spaces (« », before ; : ! ?, in numbers): only code is checked.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipComments: true, skipTemplates: true, skipRegExps: true, skipJSXText: true }],
      // The input boundary strips and refuses control characters on purpose (lib/validation/text.ts and its peers).
      "no-control-regex": "off",
      "no-restricted-imports": ["error", { paths: [zodDirect] }],
    },
  },
  {
    // A fixture that is not there fails the test, benchmark or seed where it is used: these may say so with `!`
    // (product code, app/ lib/ search/ and db/ outside seeds, may not).
    files: ["tests/**", "bench/**", "scripts/**", "db/seed/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    // Playwright fixtures call `use(…)`, which is not React's hook.
    files: ["tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // The wrapper itself, and the layer rule for app/ (pages, actions, route handlers).
    files: ["lib/validation/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["app/**"],
    rules: { "no-restricted-imports": ["error", { paths: [zodDirect], patterns: [dbFromApp] }] },
  },
  {
    files: ["db/schema/**", "db/queries/**", "db/client.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [zodDirect], patterns: [libFromDb] }] },
  },
  // Layout is Prettier's (`npm run lint` checks it): no ESLint rule may argue with it.
  eslintConfigPrettier,
);
