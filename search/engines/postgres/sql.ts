/** SQL fragments of the PostgreSQL engine: filters as a parameterised WHERE clause. */
import { FILTERABLE, SORTABLE_NUMBERS, type SearchFilters, type SearchIndex } from "../../engine";

export class Params {
  values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const METERS_PER_KM = 1000;

/** AND of: the index, every attribute filter (OR of values), numeric ranges, the geo radius. */
export function whereClause(index: SearchIndex, filters: SearchFilters | undefined, p: Params): string[] {
  // A literal, not a parameter: it selects the index's own partial indexes (migration 0006).
  const where = [`d.index_name = '${index === "needs" ? "needs" : "companies"}'`];
  for (const [attr, values] of Object.entries(filters?.equals ?? {})) {
    if (!FILTERABLE[index].includes(attr)) throw new Error(`Unknown filter attribute for ${index}: ${attr}`);
    if (values.length === 0) continue;
    const alternatives = values.map((v) => `d.attributes @> ${p.add(JSON.stringify({ [attr]: [String(v)] }))}::jsonb`);
    where.push(`(${alternatives.join(" OR ")})`);
  }
  for (const [field, range] of Object.entries(filters?.ranges ?? {})) {
    if (!SORTABLE_NUMBERS[index].includes(field)) throw new Error(`Unknown numeric field for ${index}: ${field}`);
    const value = `(d.numbers->>${p.add(field)})::float8`;
    if (range.min !== undefined) where.push(`${value} >= ${p.add(range.min)}`);
    if (range.max !== undefined) where.push(`${value} <= ${p.add(range.max)}`);
  }
  if (filters?.near) {
    const { lat, lng, radiusKm } = filters.near;
    const center = `ll_to_earth(${p.add(lat)}, ${p.add(lng)})`;
    const meters = p.add(radiusKm * METERS_PER_KM);
    where.push(`d.lat IS NOT NULL AND earth_box(${center}, ${meters}) @> d.earth_pt AND earth_distance(${center}, d.earth_pt) <= ${meters}`);
  }
  return where;
}

/** Attributes as stored: every value an array of strings, so one containment test fits scalars and lists. */
export function storedAttributes(attributes: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (v === null || v === undefined) continue;
    out[k] = (Array.isArray(v) ? v : [v]).map(String);
  }
  return out;
}
