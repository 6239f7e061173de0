/** Pure parts of operations: route labels for metrics, request ids, the metrics token rule, the backup's load order. */
import { describe, expect, it } from "vitest";
import { inForeignKeyOrder } from "@/lib/ops/backup/catalog";
import { routeLabel } from "@/lib/ops/metrics";
import { metricsAccess } from "@/lib/ops/metrics-access";
import { requestIdFor } from "@/lib/ops/request-id";

describe("routeLabel", () => {
  it("replaces ids, numbers and tokens so labels stay few", () => {
    expect(routeLabel("/api/v1/needs/6d1f6a0e-2b5c-4c1e-9a57-1c0f3b8e4d21/matches")).toBe("/api/v1/needs/:id/matches");
    expect(routeLabel("/entreprises/35600000000048")).toBe("/entreprises/:id");
    expect(routeLabel("/invitation/Zm9vYmFyYmF6cXV4cXV1eHh4eHh4eHg")).toBe("/invitation/:id");
    expect(routeLabel("/api/reference/naf")).toBe("/api/reference/naf");
    expect(routeLabel("")).toBe("/");
  });
});

describe("requestIdFor", () => {
  it("keeps a well-formed incoming id only from a trusted proxy", () => {
    expect(requestIdFor("0f3c9a1b2c3d4e5f", true)).toBe("0f3c9a1b2c3d4e5f");
    expect(requestIdFor("0f3c9a1b2c3d4e5f", false)).not.toBe("0f3c9a1b2c3d4e5f");
    expect(requestIdFor("short", true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor("bad id\nInjected: yes", true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(null, true)).not.toBe(requestIdFor(null, true));
  });
});

describe("metricsAccess", () => {
  it("needs the exact bearer token, and is off without one configured", () => {
    expect(metricsAccess("Bearer t0k", undefined)).toBe("disabled");
    expect(metricsAccess("Bearer t0k", "")).toBe("disabled");
    expect(metricsAccess(null, "t0k")).toBe("refused");
    expect(metricsAccess("Bearer t0", "t0k")).toBe("refused");
    expect(metricsAccess("Bearer t0kk", "t0k")).toBe("refused");
    expect(metricsAccess("t0k", "t0k")).toBe("refused");
    expect(metricsAccess("bearer t0k", "t0k")).toBe("allowed");
  });
});

describe("inForeignKeyOrder", () => {
  const t = (name: string) => ({ name });
  it("puts every table after the tables it refers to, ties by the given order", () => {
    const order = inForeignKeyOrder(
      [t("answers"), t("companies"), t("needs"), t("users")],
      [
        { child: "answers", parent: "needs" },
        { child: "answers", parent: "companies" },
        { child: "needs", parent: "companies" },
        { child: "needs", parent: "users" },
        { child: "needs", parent: "elsewhere" },
      ],
    ).map((x) => x.name);
    expect(order).toEqual(["companies", "users", "needs", "answers"]);
  });

  it("refuses a cycle, naming its tables", () => {
    expect(() =>
      inForeignKeyOrder(
        [t("a"), t("b"), t("c")],
        [
          { child: "a", parent: "b" },
          { child: "b", parent: "a" },
        ],
      ),
    ).toThrow("foreign keys form a cycle among: a, b");
  });
});
