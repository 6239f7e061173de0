/**
 * The OpenAPI document of the API v1 is generated from the handlers' zod schemas: it is OpenAPI 3.1, every
 * endpoint is there with its success and problem responses, every $ref resolves, path parameters are
 * declared, and no schema has a field for a person (name, e-mail, phone).
 */
import { describe, expect, it } from "vitest";
import { ENDPOINTS, openApiDocument } from "@/lib/api/openapi";

const doc = openApiDocument() as unknown as {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<
    string,
    Record<
      string,
      {
        security?: unknown[];
        parameters?: { name: string; in: string; required?: boolean }[];
        requestBody?: unknown;
        responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
      }
    >
  >;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { type: string; scheme: string }> };
};

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

function propertyNames(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => propertyNames(n, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "properties" && v && typeof v === "object") out.push(...Object.keys(v));
      propertyNames(v, out);
    }
  }
  return out;
}

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with a bearer security scheme", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.version).toBe("1.0.0");
    expect(doc.components.securitySchemes.jeton).toMatchObject({ type: "http", scheme: "bearer" });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("documents every endpoint with its success response, its refusals as problem+json, and the token", () => {
    expect(ENDPOINTS.length).toBeGreaterThanOrEqual(7);
    for (const e of ENDPOINTS) {
      const op = doc.paths[e.path]?.[e.method];
      expect(op, `${e.method} ${e.path}`).toBeDefined();
      expect(op.security).toEqual([{ jeton: [] }]);
      expect(op.responses[String(e.ok.status)].content?.["application/json"].schema).toBeDefined();
      for (const code of e.refusals) {
        expect(op.responses[String(code)].content?.["application/problem+json"].schema).toEqual({ $ref: "#/components/schemas/Problem" });
      }
    }
  });

  it("declares each {parameter} of a path as a required path parameter", () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(ops)) {
        for (const name of names) expect(op.parameters?.find((p) => p.in === "path" && p.name === name)?.required, `${path} ${name}`).toBe(true);
      }
    }
  });

  it("has no dangling $ref", () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(10);
    for (const ref of all) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split("/").at(-1)!], ref).toBeDefined();
    }
  });

  it("the draft need's body is documented with its required fields", () => {
    const body = doc.components.schemas.DraftNeedInput as { required: string[]; additionalProperties: boolean };
    expect(body.required).toEqual(expect.arrayContaining(["title", "description", "kind", "nafCodes", "communeCode", "responseDeadline"]));
    expect(body.additionalProperties).toBe(false);
  });

  it("no schema has a field for a person", () => {
    const names = propertyNames(doc).map((n) => n.toLowerCase());
    expect(names).toContain("siret");
    for (const personal of ["email", "firstname", "lastname", "phone", "contactname", "contactemail", "contactuserid", "createdby"]) {
      expect(names).not.toContain(personal);
    }
  });
});
