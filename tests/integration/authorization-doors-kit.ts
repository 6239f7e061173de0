/**
 * How the door matrices (authorization-doors*.test.ts) read a door's answer and run their cells: a page
 * (rendered as Next would call it), a server action (its FormState), a route handler (its status). Each test
 * file keeps its own mocks (vi.mock is hoisted per file) and hands its session and actors to `runMatrix`.
 */
import { expect, it } from "vitest";
import type { FormState } from "@/lib/actions/client";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { NextRequest } from "next/server";
import { fingerprint } from "../fuzz/fingerprint";
import { toFormData, type FieldValue } from "../fuzz/arbitraries";
import { db } from "./db";

/**
 * ok: allowed. Refusals: "signin" (a page redirects to /connexion?next=…), "home" / "cci" (a company page
 * sends an account without company to the home page / staff to their back-office), "401" / "403" / "404"
 * (a route's status, a page's forbidden()/notFound(), an action's French message of that error type).
 */
export type Outcome = "ok" | "signin" | "home" | "cci" | "401" | "403" | "404";

const UNAUTHENTICATED = new UnauthenticatedError().message;
const digestOf = (err: unknown) => (typeof (err as { digest?: unknown })?.digest === "string" ? (err as { digest: string }).digest : null);

/** A Next.js navigation thrown by a page or an action: where it goes. */
function navigation(err: unknown): Outcome | "redirect" | null {
  const digest = digestOf(err);
  if (!digest) return null;
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "404";
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return "403";
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;401") return "401";
  const [kind, , url] = digest.split(";");
  if (kind !== "NEXT_REDIRECT") return null;
  if (url.startsWith("/connexion?next=")) return "signin";
  if (url === "/") return "home";
  if (url === "/cci") return "cci";
  return "redirect";
}

/** A page: rendering it returns its tree (allowed) or throws a navigation. */
export async function page(render: () => Promise<unknown>): Promise<Outcome> {
  try {
    await render();
    return "ok";
  } catch (err) {
    const nav = navigation(err);
    if (nav === null || nav === "redirect") throw err;
    return nav;
  }
}

/** An action: its state (the wrapper turns expected errors into French messages) or a redirect (done). */
export async function action(run: () => Promise<FormState>): Promise<Outcome> {
  let state: FormState;
  try {
    state = await run();
  } catch (err) {
    if (navigation(err) === "redirect") return "ok";
    throw err;
  }
  if (state.ok) return "ok";
  if (state.fieldErrors && Object.keys(state.fieldErrors).length) throw new Error(`refused by validation, not authorization: ${JSON.stringify(state)}`);
  if (state.message === UNAUTHENTICATED) return "401";
  if (/introuvable/i.test(state.message ?? "") || state.message === new NotFoundError().message) return "404";
  if (/erreur inattendue/i.test(state.message ?? "")) throw new Error(`unexpected error: ${state.message}`);
  return "403";
}

/** A route handler: its status (a redirect to what was asked, e.g. a link that opens a need, is allowed). */
export async function route(run: () => Promise<Response>): Promise<Outcome> {
  const res = await run();
  if (res.status === 200 || res.status === 201 || res.status === 303) return "ok";
  if ([401, 403, 404].includes(res.status)) {
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    return String(res.status) as Outcome;
  }
  throw new Error(`unexpected status ${res.status}: ${await res.text()}`);
}

export const fd = (values: Record<string, unknown>) => toFormData(values as Record<string, FieldValue>);
export const none = {} as FormState;
export const params = <T>(p: T) => ({ params: Promise.resolve(p) });
export const search = (s: Record<string, string> = {}) => ({ searchParams: Promise.resolve(s) });
export const req = (path: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) =>
  new NextRequest(new URL(path, "http://localhost"), init);

export interface Operation<F> {
  expected: readonly Outcome[];
  setup: () => Promise<F>;
  run: (f: F) => Promise<Outcome>;
}
/** The cell builder of a matrix whose rows name its roles (a tuple type), so a missing outcome fails to compile. */
export const opFor =
  <Row extends readonly Outcome[]>() =>
  <F>(expected: Row, setup: () => Promise<F>, run: (f: F) => Promise<Outcome>): Operation<F> => ({ expected, setup, run });
export const nothing = async () => undefined;

/**
 * One test per role × operation: set up, sign the role in, run the door, compare; for a refusal, the
 * business tables' fingerprint must not have moved.
 */
export function runMatrix<R extends string>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  matrix: Record<string, Operation<any>>,
  roles: readonly R[],
  signIn: (role: R) => void,
  fingerprintQuery: () => { name: string; text: string },
) {
  for (const [operation, { expected, setup, run }] of Object.entries(matrix)) {
    roles.forEach((role, i) => {
      const want = expected[i];
      it(`${role}: ${operation} → ${want}`, async () => {
        expect(expected).toHaveLength(roles.length);
        const fixture = await setup();
        signIn(role);
        const before = want === "ok" ? null : await fingerprint(db(), fingerprintQuery());
        const got = await run(fixture);
        expect(got).toBe(want);
        // A refusal changes nothing, whatever the door.
        if (before !== null) expect(await fingerprint(db(), fingerprintQuery())).toBe(before);
      });
    });
  }
}
