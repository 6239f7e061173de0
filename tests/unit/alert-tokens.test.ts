import { beforeAll, describe, expect, it } from "vitest";
import { makeToken, readToken } from "@/lib/alerts/tokens";

const ID = "3f2c1a4e-1111-4222-8333-444455556666";
beforeAll(() => {
  process.env.AUTH_SECRET ??= "test-secret-for-signed-links";
});

describe("signed e-mail links", () => {
  it("round-trips for the same action only", () => {
    const t = makeToken("decline", ID);
    expect(readToken("decline", t)).toBe(ID);
    expect(readToken("unsubscribe", t)).toBeNull();
  });
  it("refuses a forged or altered token", () => {
    const t = makeToken("unsubscribe", ID);
    expect(readToken("unsubscribe", t.replace(ID, "3f2c1a4e-1111-4222-8333-444455556667"))).toBeNull();
    expect(readToken("unsubscribe", `${t.slice(0, -2)}xx`)).toBeNull();
    expect(readToken("unsubscribe", "unsubscribe.not-a-uuid.sig")).toBeNull();
    expect(readToken("unsubscribe", "")).toBeNull();
  });
});
