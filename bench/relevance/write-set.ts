/**
 * Writes the evaluation set as files, to read or to load elsewhere:
 * tsx bench/relevance/write-set.ts [dir] [--seed N] (default dir: bench/relevance/set, not committed).
 */
import { parseArgs } from "node:util";
import { writeEvalSet } from "./eval-set";
import { generateEvalSet } from "./generate-set";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { seed: { type: "string" } } });
const dir = positionals[0] ?? "bench/relevance/set";
const set = generateEvalSet(values.seed ? Number(values.seed) : undefined);
writeEvalSet(set, dir);
const grades = [0, 1, 2, 3].map((g) => set.labels.filter((l) => l.grade === g).length);
console.log(`${dir}: ${set.establishments.length} établissements, ${set.needs.length} besoins, étiquettes par note 0–3 : ${grades.join(" / ")}`);
