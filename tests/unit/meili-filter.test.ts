import { describe, expect, it } from "vitest";
import type { SearchDocument } from "@/search/engine";
import { fromMeiliHit, haversineMeters, quoteFilterValue, toMeiliDocument, toMeiliFilter, toMeiliSort } from "@/search/engines/meilisearch/filter";

const AUBAGNE = { lat: 43.29287, lng: 5.56932 };

describe("toMeiliFilter", () => {
  it("turns several values into an IN list and one value into an equality", () => {
    expect(toMeiliFilter("companies", { equals: { section: ["F", "N"], headcount: ["11"] } })).toEqual(['section IN ["F", "N"]', 'headcount = "11"']);
  });

  it("writes booleans and numbers bare, strings quoted", () => {
    expect(toMeiliFilter("companies", { equals: { largeBuyer: [true] } })).toEqual(["largeBuyer = true"]);
    expect(toMeiliFilter("needs", { equals: { largeBuyer: [true, false] } })).toEqual(["largeBuyer IN [true, false]"]);
    expect(toMeiliFilter("companies", { equals: { headcount: [12] } })).toEqual(["headcount = 12"]);
  });

  it("skips an attribute with no accepted value", () => {
    expect(toMeiliFilter("companies", { equals: { section: [] } })).toEqual([]);
    expect(toMeiliFilter("companies", undefined)).toEqual([]);
  });

  it("escapes quotes and backslashes so a value cannot break out of its string", () => {
    expect(quoteFilterValue('O"Brien')).toBe('"O\\"Brien"');
    expect(quoteFilterValue("a\\b")).toBe('"a\\\\b"');
    // A trailing backslash must not escape the closing quote.
    expect(quoteFilterValue("x\\")).toBe('"x\\\\"');
    expect(quoteFilterValue('" OR siren EXISTS OR "')).toBe('"\\" OR siren EXISTS OR \\""');
    expect(toMeiliFilter("companies", { equals: { commune: ['O"Brien', "13005"] } })).toEqual(['commune IN ["O\\"Brien", "13005"]']);
  });

  it("reads back as the original through Meilisearch's two unescaping steps", () => {
    // filter-parser: inside "…", every \" becomes " (str::replace), then `unescaper` resolves \\ → \.
    const unquote = (q: string) => q.slice(1, -1).replaceAll('\\"', '"').replace(/\\(.)/g, "$1");
    for (const v of ['O"Brien', "a\\b", "x\\", '\\"', 'a\\\\"b', "plain"]) expect(unquote(quoteFilterValue(v))).toBe(v);
  });

  it("maps numeric ranges on the flattened n_ fields, bounds included", () => {
    expect(toMeiliFilter("needs", { ranges: { deadline: { min: 123 } } })).toEqual(["n_deadline >= 123"]);
    expect(toMeiliFilter("needs", { ranges: { deadline: { max: 456 } } })).toEqual(["n_deadline <= 456"]);
    expect(toMeiliFilter("needs", { ranges: { budgetMax: { min: 1500, max: 2500 } } })).toEqual(["n_budgetMax >= 1500 AND n_budgetMax <= 2500"]);
    expect(toMeiliFilter("needs", { ranges: { deadline: {} } })).toEqual([]);
  });

  it("filters a radius in meters", () => {
    expect(toMeiliFilter("companies", { near: { ...AUBAGNE, radiusKm: 10 } })).toEqual(["_geoRadius(43.29287, 5.56932, 10000)"]);
    expect(toMeiliFilter("companies", { near: { lat: 43.3, lng: 5.4, radiusKm: 2.5 } })).toEqual(["_geoRadius(43.3, 5.4, 2500)"]);
  });

  it("combines conditions as separate AND-ed expressions", () => {
    expect(toMeiliFilter("needs", { equals: { kind: ["services"] }, ranges: { deadline: { min: 1 } }, near: { lat: 1, lng: 2, radiusKm: 1 } })).toEqual([
      'kind = "services"',
      "n_deadline >= 1",
      "_geoRadius(1, 2, 1000)",
    ]);
  });

  it("rejects unknown attributes, numeric fields and non-finite numbers", () => {
    expect(() => toMeiliFilter("companies", { equals: { password: ["x"] } })).toThrow(/Unknown filter attribute/);
    expect(() => toMeiliFilter("companies", { equals: { kind: ["services"] } })).toThrow(/Unknown filter attribute/);
    expect(() => toMeiliFilter("companies", { ranges: { deadline: { min: 1 } } })).toThrow(/Unknown numeric field/);
    expect(() => toMeiliFilter("needs", { ranges: { deadline: { min: Number.NaN } } })).toThrow(/finite/);
  });
});

describe("toMeiliSort", () => {
  it("maps distance, numbers and relevance", () => {
    expect(toMeiliSort("companies", { by: "distance", from: AUBAGNE })).toEqual(["_geoPoint(43.29287, 5.56932):asc"]);
    expect(toMeiliSort("needs", { by: "number", field: "deadline", direction: "asc" })).toEqual(["n_deadline:asc"]);
    expect(toMeiliSort("needs", { by: "number", field: "publishedAt", direction: "desc" })).toEqual(["n_publishedAt:desc"]);
    expect(toMeiliSort("needs", { by: "relevance" })).toBeUndefined();
    expect(toMeiliSort("needs", undefined)).toBeUndefined();
  });

  it("writes coordinates without exponent (Meilisearch reads them with [digits.-])", () => {
    expect(toMeiliSort("companies", { by: "distance", from: { lat: 1e-7, lng: 5 } })).toEqual(["_geoPoint(0.0000001, 5):asc"]);
  });

  it("rejects an unknown sort field", () => {
    expect(() => toMeiliSort("companies", { by: "number", field: "deadline", direction: "asc" })).toThrow(/Unknown sort field/);
  });
});

describe("document mapping", () => {
  const doc: SearchDocument = {
    id: "00000000-0000-4000-8000-000000000001",
    title: "Menuiserie Roux",
    keywords: ["43.32A Menuiserie"],
    body: "Portes.",
    geo: null,
    attributes: { section: ["F"], largeBuyer: false, epci: null },
    numbers: { createdAt: 100, deadline: null },
  };

  it("flattens attributes and numbers, drops nulls, and has no _geo key when geo is unknown", () => {
    const out = toMeiliDocument(doc);
    expect(out).toEqual({
      id: doc.id,
      title: "Menuiserie Roux",
      keywords: ["43.32A Menuiserie"],
      body: "Portes.",
      section: ["F"],
      largeBuyer: false,
      n_createdAt: 100,
    });
    expect("_geo" in out).toBe(false);
  });

  it("stores geo as _geo { lat, lng }", () => {
    expect(toMeiliDocument({ ...doc, geo: AUBAGNE })._geo).toEqual(AUBAGNE);
  });

  it("refuses attributes that would overwrite the mapping's own fields", () => {
    expect(() => toMeiliDocument({ ...doc, attributes: { title: "x" } })).toThrow(/reserved/);
    expect(() => toMeiliDocument({ ...doc, attributes: { n_deadline: 1 } })).toThrow(/reserved/);
  });

  it("maps a hit back: escaped highlights, _geoDistance in km to 0.1", () => {
    expect(
      fromMeiliHit(
        { id: "a", title: "<b>X</b>", _formatted: { title: "<b><mark>X</mark></b>", body: "a <mark>x</mark> & b" }, _geoDistance: 12_345 },
        undefined,
      ),
    ).toEqual({ id: "a", titleHighlight: "&lt;b&gt;<mark>X</mark>&lt;/b&gt;", snippet: "a <mark>x</mark> &amp; b", distanceKm: 12.3 });
  });

  it("computes the distance from _geo when an origin is given without sorting by distance", () => {
    const hit = fromMeiliHit({ id: "a", title: "X", _geo: { lat: 43.30018, lng: 5.38276 } }, AUBAGNE);
    expect(hit.distanceKm).toBeCloseTo(haversineMeters(AUBAGNE, { lat: 43.30018, lng: 5.38276 }) / 1000, 1);
    expect(hit.distanceKm).toBeGreaterThan(14);
    expect(hit.distanceKm).toBeLessThan(16);
    expect(fromMeiliHit({ id: "b", title: "Y" }, AUBAGNE).distanceKm).toBeNull();
    expect(fromMeiliHit({ id: "c", title: "Z", _geo: AUBAGNE }, undefined).distanceKm).toBeNull();
  });
});
