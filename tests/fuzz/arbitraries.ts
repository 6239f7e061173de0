/**
 * Inputs for fuzzing the doors (server actions, JSON routes): a valid value per field mixed with
 * hostile ones — NUL and other control characters, 1 MB strings, lone surrogates, RTL overrides,
 * numbers people do not type (0x10, 1e7, 0.001, -0, NaN), wrong shapes (arrays, missing fields).
 */
import fc from "fast-check";

const MB = "x".repeat(1024 * 1024);

/** Strings that broke or could break a door. */
export const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0001titre\u0002",
  "\u001b[31m",
  "\u0085\u009b",
  "\r\n\r\n",
  "\t",
  "\ud800",
  "\udfff",
  "x\ud83d",
  "\u202eslinky\u202c",
  "\u200f\u200e",
  "\ufeff",
  "\u00a0",
  "0x10",
  "1e7",
  "1E308",
  "0.001",
  "0,001",
  "-0",
  "NaN",
  "Infinity",
  "-Infinity",
  "-1",
  "9999999999999999999999",
  "1 234,50",
  "1\u202f234,5",
  "9999-12-31",
  "0000-00-00",
  "1999-12-31",
  "2026-02-30",
  "%",
  "_",
  "\\",
  "%_%",
  "100%",
  "'; drop table needs; --",
  "<script>alert(1)</script>",
  "<mark>x</mark>",
  "../../etc/passwd",
  "//evil.example/x",
  "javascript:alert(1)",
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "commune:13005",
  "epci:200054807",
  "on",
  "true",
  "yes",
  MB,
  `${MB}\u0000`,
];

const controlChar = fc
  .integer({ min: 0, max: 0x9f })
  .filter((c) => c < 0x20 || c >= 0x7f)
  .map((c) => String.fromCharCode(c));

/** A hostile string: a known one, or random text sprinkled with control characters and surrogates. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(controlChar, fc.string({ maxLength: 4 }), fc.constantFrom("\ud800", "\u202e", "%", "_", "\\", "€", ",", ".")), { maxLength: 12 })
      .map((a) => a.join("")),
  },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
);

/** What FormData can hold for one field: a string, several, or nothing. */
export type FieldValue = string | string[] | undefined;

/** Valid value most of the time? No: hostile more often, so most runs exercise refusals (cheap). */
export function field(valid: FieldValue, ...alternatives: FieldValue[]): fc.Arbitrary<FieldValue> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(valid) },
    { weight: 1, arbitrary: fc.constantFrom<FieldValue>(undefined, ...alternatives) },
    { weight: 3, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  );
}

/** A form: every field from its arbitrary, sometimes an unknown field too. */
export function form(fields: Record<string, fc.Arbitrary<FieldValue>>): fc.Arbitrary<Record<string, FieldValue>> {
  return fc
    .tuple(fc.record(fields), fc.option(fc.tuple(fc.constantFrom("inconnu", "_label", "$ACTION_ID", "__proto__", "constructor"), hostileString), { freq: 5 }))
    .map(([values, extra]) => (extra ? { ...values, [extra[0]]: extra[1] } : values));
}

export function toFormData(values: Record<string, FieldValue>): FormData {
  const fd = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) fd.append(key, v);
  }
  return fd;
}

/** Ids: a real one, a random UUID, or something that is not an id at all (wrong types included). */
export const idLike = (...real: string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...real) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, 42, -0, Number.NaN, {}, [], ["x"], true) },
  );
