import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        // A loaded machine makes a test slower, not red (an XLSX parse takes 5 s at a load average of 20).
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          // One database, reset between files: run files one at a time.
          fileParallelism: false,
          // Generous, so that a loaded machine is slower, not red.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
