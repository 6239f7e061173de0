/**
 * HiGHS in a worker thread, so that computing a schedule from a request (staff's « Calculer le planning »)
 * never blocks the web server's thread: the main thread only builds the model and reads the answer.
 *
 * As in lib/tables/xlsx-worker.ts, the worker's code is a CommonJS string run with `eval: true`:
 * under Next.js the server code is bundled into chunks where a worker file path does not reliably exist.
 * It `require`s `highs` from the working directory (the project root under tsx, vitest and `next start`;
 * `highs` is in next.config's serverExternalPackages). Its runModel is a copy of highs-runner.ts's: keep them in
 * step (tests/unit/meetings-solver.test.ts compares both). A worker that overruns the time limit by far is
 * terminated and the caller falls back to the greedy schedule.
 */
import { Worker } from "node:worker_threads";
import { scheduleMeetingsRunning } from "./index";
import type { HighsAnswer, HighsModelSpec, HighsRunner } from "./highs-runner";
import type { ScheduleOptions, ScheduleProblem, ScheduleResult } from "./types";

/** Beyond HiGHS's own time limit: loading the WebAssembly, passing the model, reading the solution. */
const GRACE_MS = 15_000;

const WORKER_SOURCE = String.raw`
"use strict";
const { parentPort, workerData } = require("node:worker_threads");
const fs = require("node:fs");
const path = require("node:path");
const loader = require("highs");

async function load() {
  try { return await loader(); }
  catch { return loader({ wasmBinary: fs.readFileSync(path.join(process.cwd(), "node_modules/highs/build/highs.wasm")) }); }
}

function statusName(highs, code) {
  const entry = Object.entries(highs.constants.modelStatus).find(([, v]) => v === code);
  return entry ? entry[0] : "status-" + code;
}

function runModel(highs, spec) {
  const model = highs.createModel();
  try {
    model.options.set({ output_flag: false, time_limit: spec.timeLimitSeconds, mip_rel_gap: spec.mipRelGap, random_seed: 0 });
    const numRows = spec.rowUpper.length;
    const problem = {
      numCols: spec.numCols, numRows, sense: highs.constants.objectiveSense.maximize, colCost: spec.cost,
      colLower: new Float64Array(spec.numCols), colUpper: new Float64Array(spec.numCols).fill(1),
      rowLower: new Float64Array(numRows).fill(-Infinity), rowUpper: spec.rowUpper,
      matrix: { format: "csr", numRows, numCols: spec.numCols, starts: spec.starts, indices: spec.indices, values: new Float64Array(spec.indices.length).fill(1) },
    };
    if (spec.integer) problem.integrality = new Int32Array(spec.numCols).fill(1);
    model.passModel(problem);
    const run = model.run();
    const hasSolution = Number(model.info.get("primal_solution_status")) === highs.constants.solutionStatus.feasible;
    const optimal = run.modelStatus === highs.constants.modelStatus.optimal;
    return {
      status: statusName(highs, run.modelStatus), hasSolution, optimal,
      objective: optimal ? model.getObjectiveValue() : NaN,
      dualBound: spec.integer ? Number(model.info.get("mip_dual_bound")) : NaN,
      colValue: hasSolution && spec.integer ? Float64Array.from(model.getSolution().colValue) : undefined,
    };
  } finally {
    model.dispose();
  }
}

load().then((highs) => parentPort.postMessage({ ok: true, answer: runModel(highs, workerData) }))
  .catch((err) => parentPort.postMessage({ ok: false, message: err && err.message ? err.message : String(err) }));
`;

/** Runs each HiGHS model in a fresh worker thread. */
export const threadRunner: HighsRunner = (spec: HighsModelSpec) =>
  new Promise<HighsAnswer>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: spec });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(new Error("HiGHS worker thread overran its time limit"))), spec.timeLimitSeconds * 1000 + GRACE_MS);
    worker.once("message", (m: { ok: true; answer: HighsAnswer } | { ok: false; message: string }) =>
      finish(() => (m.ok ? resolve(m.answer) : reject(new Error(m.message)))),
    );
    worker.once("error", (err) => finish(() => reject(err)));
    worker.once("exit", (code) => finish(() => reject(new Error(`HiGHS worker thread exited (${code})`))));
  });

/** scheduleMeetings with HiGHS in a worker thread: for request handlers. */
export function scheduleMeetingsInThread(problem: ScheduleProblem, opts: ScheduleOptions = {}): Promise<ScheduleResult> {
  return scheduleMeetingsRunning(problem, opts, threadRunner);
}
