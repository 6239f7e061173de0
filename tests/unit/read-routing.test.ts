/** Where reads go: the read-your-writes window after a write, and which failures send reads to the primary. */
import { describe, expect, it } from "vitest";
import { isRecoveryConflict, isUnreachable } from "@/db/read-pool";
import { isWrite, readPrimaryCookie, readsFromPrimary, readYourWritesSeconds } from "@/lib/ops/read-your-writes";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("read-your-writes", () => {
  it("pins the visitor to the primary for the window after a write, then lets them go back to the replica", () => {
    const now = 1_800_000_000_000;
    const cookie = readPrimaryCookie(now, 10);
    expect(cookie).toMatchObject({ name: "cc_read_primary", maxAge: 10, httpOnly: true, path: "/" });
    expect(readsFromPrimary({ cookie: cookie.value }, now + 9_999)).toBe(true);
    expect(readsFromPrimary({ cookie: cookie.value }, now + 10_000)).toBe(false);
    expect(readsFromPrimary({}, now)).toBe(false);
    expect(readsFromPrimary({ cookie: "not a time" }, now)).toBe(false);
    // The write's own request (the page an action re-renders) reads from the primary whatever the cookie says.
    expect(readsFromPrimary({ header: "1", cookie: null }, now)).toBe(true);
  });

  it("counts every method but GET, HEAD and OPTIONS as a write", () => {
    expect(["POST", "put", "PATCH", "DELETE"].every(isWrite)).toBe(true);
    expect(["GET", "head", "OPTIONS"].some(isWrite)).toBe(false);
  });

  it("reads the window from READ_YOUR_WRITES_SECONDS, 10 s by default", () => {
    expect(readYourWritesSeconds({})).toBe(10);
    expect(readYourWritesSeconds({ READ_YOUR_WRITES_SECONDS: "3" })).toBe(3);
    expect(readYourWritesSeconds({ READ_YOUR_WRITES_SECONDS: "-1" })).toBe(10);
    expect(readYourWritesSeconds({ READ_YOUR_WRITES_SECONDS: "soon" })).toBe(10);
  });
});

describe("replica failures", () => {
  it("sends reads to the primary when the replica cannot serve, not when the statement is wrong", () => {
    expect(isUnreachable(withCode("connect ECONNREFUSED 127.0.0.1:5433", "ECONNREFUSED"))).toBe(true);
    expect(isUnreachable(withCode("terminating connection due to administrator command", "57P01"))).toBe(true);
    expect(isUnreachable(withCode("the database system is starting up", "57P03"))).toBe(true);
    expect(isUnreachable(withCode("could not receive data from client", "08006"))).toBe(true);
    expect(isUnreachable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isUnreachable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isUnreachable(new AggregateError([withCode("connect ECONNREFUSED ::1:5433", "ECONNREFUSED")], ""))).toBe(true);

    expect(isUnreachable(withCode('relation "nope" does not exist', "42P01"))).toBe(false);
    expect(isUnreachable(withCode("cannot execute INSERT in a read-only transaction", "25006"))).toBe(false);
    expect(isUnreachable("ECONNREFUSED")).toBe(false);
  });

  it("retries a query cancelled by a recovery conflict on the primary", () => {
    expect(isRecoveryConflict(withCode("canceling statement due to conflict with recovery", "40001"))).toBe(true);
    expect(isRecoveryConflict(withCode("could not serialize access due to concurrent update", "40001"))).toBe(false);
  });
});
