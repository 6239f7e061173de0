/**
 * Loading HiGHS (WebAssembly, the `highs` package) and running one model in the calling thread. The model
 * goes in and the answer comes out as plain data (HighsModelSpec, HighsAnswer), so that highs-thread.ts can
 * run the same model in a worker thread instead.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import highsLoader, { type Highs } from "highs";

export type LoadHighs = () => Promise<Highs>;

let cached: Promise<Highs> | undefined;
/**
 * One WebAssembly runtime per process: instantiating it costs ~50 ms; each solve gets a fresh model. The
 * loader finds highs.wasm next to its own script; when a bundler has moved that script (Next.js without
 * "highs" in serverExternalPackages), the binary is read from node_modules instead.
 */
export const loadHighs: LoadHighs = () => {
  cached ??= highsLoader()
    .catch(() => highsLoader({ wasmBinary: readFileSync(path.join(process.cwd(), "node_modules/highs/build/highs.wasm")) }))
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
};

/**
 * One HiGHS run of a 0/1 maximisation in compressed rows (all coefficients 1, rows ≤ rowUpper). Plain
 * data in and out, so the run can happen in this thread or in a worker thread (highs-thread.ts).
 */
export interface HighsModelSpec {
  numCols: number;
  cost: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  /** false: LP relaxation. */
  integer: boolean;
  timeLimitSeconds: number;
  mipRelGap: number;
}

export interface HighsAnswer {
  status: string;
  hasSolution: boolean;
  optimal: boolean;
  objective: number;
  dualBound: number;
  colValue?: ArrayLike<number>;
}

export type HighsRunner = (spec: HighsModelSpec) => Promise<HighsAnswer>;

/** Runs HiGHS in the calling thread (blocks it for up to the time limit): scripts, tests, the job worker. */
export const inProcessRunner =
  (load: LoadHighs = loadHighs): HighsRunner =>
  async (spec) =>
    runModel(await load(), spec);

/** Keep in step with the copy in highs-thread.ts (a unit test checks both give the same answers). */
function runModel(highs: Highs, spec: HighsModelSpec): HighsAnswer {
  const model = highs.createModel();
  try {
    model.options.set({ output_flag: false, time_limit: spec.timeLimitSeconds, mip_rel_gap: spec.mipRelGap, random_seed: 0 });
    const numRows = spec.rowUpper.length;
    model.passModel({
      numCols: spec.numCols,
      numRows,
      sense: highs.constants.objectiveSense.maximize,
      colCost: spec.cost,
      colLower: new Float64Array(spec.numCols),
      colUpper: new Float64Array(spec.numCols).fill(1),
      rowLower: new Float64Array(numRows).fill(-Infinity),
      rowUpper: spec.rowUpper,
      matrix: {
        format: "csr",
        numRows,
        numCols: spec.numCols,
        starts: spec.starts,
        indices: spec.indices,
        values: new Float64Array(spec.indices.length).fill(1),
      },
      ...(spec.integer ? { integrality: new Int32Array(spec.numCols).fill(1) } : {}),
    });
    const run = model.run();
    const hasSolution = Number(model.info.get("primal_solution_status")) === highs.constants.solutionStatus.feasible;
    const optimal = run.modelStatus === highs.constants.modelStatus.optimal;
    return {
      status: modelStatusName(highs, run.modelStatus),
      hasSolution,
      optimal,
      objective: optimal ? model.getObjectiveValue() : Number.NaN,
      dualBound: spec.integer ? Number(model.info.get("mip_dual_bound")) : Number.NaN,
      colValue: hasSolution && spec.integer ? Float64Array.from(model.getSolution().colValue) : undefined,
    };
  } finally {
    model.dispose();
  }
}

function modelStatusName(highs: Highs, code: number): string {
  const entry = Object.entries(highs.constants.modelStatus).find(([, value]) => value === code);
  return entry ? entry[0] : `status-${code}`;
}
