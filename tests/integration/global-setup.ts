/**
 * Starts a throw-away embedded PostgreSQL (random port, temp folder) for the integration tests,
 * migrated and loaded with reference data. TEST_DATABASE_URL points at an external server instead.
 */
import { mkdtempSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { prepareDatabase } from "../../db/setup";
import { freePort } from "./free-port";

let server: EmbeddedServer | null = null;
let tempDir: string | null = null;

export async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const root = path.resolve(".data/tmp");
    mkdirSync(root, { recursive: true });
    const dir = (tempDir = mkdtempSync(path.join(root, "it-")));
    const port = await freePort();
    server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port, database: "circuit_court_test", persistent: false });
    url = server.url;
  }
  await prepareDatabase(url);
  project.provide("databaseUrl", url);
}

export async function teardown() {
  await server?.stop();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
