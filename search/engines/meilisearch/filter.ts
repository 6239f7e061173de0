/**
 * Pure translation between our search types and Meilisearch's: filter expressions, sort rules, the
 * stored document shape and back to hits. No I/O here, so every rule is unit-tested.
 */
import {
  FILTERABLE,
  SORTABLE_NUMBERS,
  type FacetValue,
  type GeoPoint,
  type SearchDocument,
  type SearchFilters,
  type SearchHit,
  type SearchIndex,
  type SearchSort,
} from "../../engine";
import { escapeExceptMarks } from "../../highlight";

/** Numeric fields are stored flattened with this prefix (`numbers.deadline` → `n_deadline`). */
export const numberAttr = (field: string) => `n_${field}`;

/** Top-level fields of the Meili document that attributes must not overwrite. */
const RESERVED = new Set(["id", "title", "keywords", "body", "_geo", "_geoDistance", "_formatted"]);

/** The document as stored in Meilisearch: attributes at the top level, numbers as n_*, _geo only when located. */
export type MeiliDocument = Record<string, unknown> & { id: string; title: string; keywords: string[]; body: string };

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  const out: MeiliDocument = { id: doc.id, title: doc.title, keywords: doc.keywords, body: doc.body };
  for (const [name, value] of Object.entries(doc.attributes)) {
    if (RESERVED.has(name) || name.startsWith("n_")) throw new Error(`Attribute name reserved by the Meilisearch mapping: ${name}`);
    if (value !== null && value !== undefined) out[name] = value;
  }
  for (const [field, value] of Object.entries(doc.numbers)) if (value !== null && value !== undefined) out[numberAttr(field)] = value;
  // Meilisearch rejects a malformed _geo (invalid_document_geo_field): no key at all when unknown.
  if (doc.geo) out._geo = { lat: doc.geo.lat, lng: doc.geo.lng };
  return out;
}

/** A string as a double-quoted filter value: the filter parser unescapes \" and \\ inside quotes. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function finite(n: number, what: string): string {
  if (!Number.isFinite(n)) throw new Error(`Not a finite number for ${what}: ${n}`);
  return String(n);
}

/** Coordinates in plain decimal: Meilisearch finds the _geoPoint of a sort with [digits.-]+ (no exponent). */
function coordinate(n: number, what: string): string {
  const s = finite(n, what);
  return /e/i.test(s) ? n.toFixed(7) : s;
}

function filterValue(value: FacetValue, attr: string): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return finite(value, attr);
  return quoteFilterValue(value);
}

/**
 * One expression per condition, AND-ed by Meilisearch (the array form of `filter`): OR of values within
 * an attribute, numeric bounds included, a radius in meters. Unknown attributes throw before any request.
 */
export function toMeiliFilter(index: SearchIndex, filters: SearchFilters | undefined): string[] {
  const out: string[] = [];
  for (const [attr, values] of Object.entries(filters?.equals ?? {})) {
    if (!FILTERABLE[index].includes(attr)) throw new Error(`Unknown filter attribute for ${index}: ${attr}`);
    if (values.length === 0) continue;
    const literals = values.map((v) => filterValue(v, attr));
    out.push(literals.length === 1 ? `${attr} = ${literals[0]}` : `${attr} IN [${literals.join(", ")}]`);
  }
  for (const [field, range] of Object.entries(filters?.ranges ?? {})) {
    if (!SORTABLE_NUMBERS[index].includes(field)) throw new Error(`Unknown numeric field for ${index}: ${field}`);
    const attr = numberAttr(field);
    const bounds = [
      ...(range.min !== undefined ? [`${attr} >= ${finite(range.min, field)}`] : []),
      ...(range.max !== undefined ? [`${attr} <= ${finite(range.max, field)}`] : []),
    ];
    if (bounds.length) out.push(bounds.join(" AND "));
  }
  if (filters?.near) {
    const { lat, lng, radiusKm } = filters.near;
    out.push(`_geoRadius(${coordinate(lat, "lat")}, ${coordinate(lng, "lng")}, ${finite(Math.round(radiusKm * 1000), "radius")})`);
  }
  return out;
}

/** Sort rules for `sort`; relevance is Meilisearch's own order, so no rule at all. */
export function toMeiliSort(index: SearchIndex, sort: SearchSort | undefined): string[] | undefined {
  if (!sort || sort.by === "relevance") return undefined;
  if (sort.by === "distance") return [`_geoPoint(${coordinate(sort.from.lat, "lat")}, ${coordinate(sort.from.lng, "lng")}):asc`];
  if (!SORTABLE_NUMBERS[index].includes(sort.field)) throw new Error(`Unknown sort field for ${index}: ${sort.field}`);
  return [`${numberAttr(sort.field)}:${sort.direction === "desc" ? "desc" : "asc"}`];
}

/** What a hit carries back (the attributes we ask for, plus what Meilisearch adds). */
export interface MeiliHit {
  id: string;
  title?: string;
  body?: string;
  _geo?: GeoPoint | null;
  _geoDistance?: number;
  _formatted?: { title?: string; body?: string };
}

const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in meters (used when distances are shown without sorting by them). */
export function haversineMeters(a: GeoPoint, b: GeoPoint): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A Meilisearch hit → our hit. Highlights come back as raw text with <mark> inserted: everything else is
 * escaped. Distance: _geoDistance (meters, present when sorting by _geoPoint), else computed from `origin`.
 */
export function fromMeiliHit(hit: MeiliHit, origin: GeoPoint | undefined): SearchHit {
  let meters: number | null = null;
  if (typeof hit._geoDistance === "number") meters = hit._geoDistance;
  else if (origin && hit._geo) meters = haversineMeters(origin, { lat: Number(hit._geo.lat), lng: Number(hit._geo.lng) });
  return {
    id: String(hit.id),
    titleHighlight: escapeExceptMarks(hit._formatted?.title ?? hit.title ?? ""),
    snippet: escapeExceptMarks(hit._formatted?.body ?? ""),
    distanceKm: meters === null ? null : Math.round(meters / 100) / 10,
  };
}
