/**
 * What the fuzz-doors-*.test.ts files share: the world the doors are fuzzed in (a buyer and a supplier with
 * their teams, staff, a published need, and the actors who call), the check every input goes through (no
 * throw, no « erreur inattendue », and an error leaves the business tables as they were), and the `it` cases
 * that fuzz a file's server actions and route handlers. FUZZ_INPUTS is spread evenly over the doors of all
 * the files, so each file runs its share and checks it ran it.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/actions/client";
import { companyWithTeam, staffActor } from "../factories/actors";
import { publishedNeed } from "../factories/answers";
import { field, form, toFormData, type FieldValue } from "../fuzz/arbitraries";
import { businessTables, fingerprint, fingerprintQuery } from "../fuzz/fingerprint";
import { db, resetDatabase } from "./db";
import { session } from "./fuzz-doors-mocks";

const TOTAL_INPUTS = Number(process.env.FUZZ_INPUTS ?? 10_000);
const UNEXPECTED = /erreur inattendue/i;
// The doors and routes of all the fuzz-doors-*.test.ts files together: keep in step when adding one.
const DOORS_IN_ALL_FILES = 50;
const runsPerDoor = Math.ceil(TOTAL_INPUTS / DOORS_IN_ALL_FILES);

let actors: (Actor | null)[] = [];
export let ids: { need: string; buyerCompany: string; supplierCompany: string; user: string; fakeAnswer: string };
let fpQuery: ReturnType<typeof fingerprintQuery>;
let inputs = 0;
let baseline: string | null = null;
const unexpected: unknown[] = [];
const consoleError = console.error;

/** Builds the world the doors are fuzzed in; each test file runs it in its beforeAll. */
export async function setUpDoors() {
  await resetDatabase();
  const buyer = await companyWithTeam(db());
  const supplier = await companyWithTeam(db());
  const staff = await staffActor(db());
  const need = await publishedNeed(db(), buyer.admin, buyer.companyId, staff);
  actors = [buyer.admin, buyer.member, supplier.admin, staff, null];
  ids = {
    need: need.id,
    buyerCompany: buyer.companyId,
    supplierCompany: supplier.companyId,
    user: buyer.admin.userId,
    fakeAnswer: "6d1f6a0e-2b5c-4c1e-9a57-1c0f3b8e4d21",
  };
  fpQuery = fingerprintQuery(await businessTables(db()));
  // The wrapper logs what it did not expect: that is a failure here, with the error kept for the report.
  console.error = (...args: unknown[]) => {
    if (String(args[0]).includes("unexpected error")) unexpected.push(args[1] ?? args[0]);
    else consoleError(...args);
  };
}

export function restoreConsole() {
  console.error = consoleError;
}

const isNavigation = (err: unknown) =>
  typeof (err as { digest?: unknown })?.digest === "string" && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK)/.test((err as { digest: string }).digest);

/** Runs one door call and checks the invariants; a success moves the baseline on. */
async function check(call: () => Promise<{ error: boolean; describe: string }>, label: string, input: unknown) {
  inputs += 1;
  unexpected.length = 0;
  // The state before this input: the one left by the last input (kept), read again after a success.
  baseline ??= await fingerprint(db(), fpQuery);
  const before = baseline;
  let outcome: { error: boolean; describe: string };
  try {
    outcome = await call();
  } catch (err) {
    if (!isNavigation(err)) throw new Error(`${label} threw for ${short(input)}: ${String((err as Error)?.stack ?? err)}`);
    outcome = { error: false, describe: "redirect" };
  }
  if (!outcome.error) baseline = null;
  if (unexpected.length) throw new Error(`${label} hit an unexpected error for ${short(input)}: ${String((unexpected[0] as Error)?.stack ?? unexpected[0])}`);
  expect(outcome.describe, `${label} for ${short(input)}`).not.toMatch(UNEXPECTED);
  if (outcome.error) {
    const after = await fingerprint(db(), fpQuery);
    expect(after, `${label} wrote although it refused ${short(input)}`).toBe(before);
  }
}

const short = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "string" && x.length > 80 ? `${x.slice(0, 40)}…(${x.length})` : x));

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;
type BoundAction = (id: unknown, prev: FormState, fd: FormData) => Promise<FormState>;
export interface Door {
  name: string;
  form: () => fc.Arbitrary<Record<string, FieldValue>>;
  action?: Action;
  bound?: { action: BoundAction; id: () => fc.Arbitrary<unknown> };
}

const actorArb = () => fc.integer({ min: 0, max: actors.length - 1 }).map((i) => actors[i]);
export const uuidField = () => field(ids.need, ids.buyerCompany, ids.fakeAnswer);
/** A form with one field holding an id (or a hostile value). */
export const ref = (key: string) => () => form({ [key]: uuidField() });

export interface Route {
  name: string;
  call: () => fc.Arbitrary<() => Promise<Response>>;
}

/** Fuzzes each server action of `doors` with forms of hostile values, called by each actor. */
export function fuzzDoors(doors: Door[]) {
  it.each(doors.map((d) => [d.name, d] as const))("%s: no unexpected error, no write when refused", async (name, door) => {
    const arb = door.bound ? fc.tuple(actorArb(), door.form(), door.bound.id()) : fc.tuple(actorArb(), door.form(), fc.constant(undefined));
    await fc.assert(
      fc.asyncProperty(arb, async ([actor, values, id]) => {
        session.actor = actor;
        await check(
          async () => {
            const fd = toFormData(values);
            const state = door.bound ? await door.bound.action(id, { ok: false }, fd) : await door.action!({ ok: false }, fd);
            return { error: !state.ok, describe: state.message ?? "" };
          },
          name,
          { actor: actor?.userId ?? null, values, id },
        );
      }),
      { numRuns: runsPerDoor, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
    );
  });
}

/** Fuzzes each route handler of `routes` with hostile requests, called by each actor. */
export function fuzzRoutes(routes: Route[]) {
  it.each(routes.map((r) => [r.name, r] as const))("%s: never a 500, no write when refused", async (name, route) => {
    await fc.assert(
      fc.asyncProperty(actorArb(), route.call(), async (actor, call) => {
        session.actor = actor;
        await check(
          async () => {
            const res = await call();
            expect(res.status, name).toBeLessThan(500);
            await res.body?.cancel();
            return { error: res.status >= 400, describe: res.status >= 400 ? await Promise.resolve("") : "" };
          },
          name,
          { actor: actor?.userId ?? null },
        );
      }),
      { numRuns: runsPerDoor },
    );
  });
}

/** The file's share of FUZZ_INPUTS was run: `doorCount` doors and routes, runsPerDoor inputs each. */
export function fuzzBudget(doorCount: number) {
  const budget = runsPerDoor * doorCount;
  it(`ran at least ${budget} inputs`, () => {
    expect(inputs).toBeGreaterThanOrEqual(budget);
  });
}
