/** Reference data: communes with their centre, EPCIs, and the NAF rév. 2 nomenclature. */
import { pgTable, varchar, text, doublePrecision, integer, pgEnum, index } from "drizzle-orm/pg-core";

export const communeKind = pgEnum("commune_kind", ["COM", "ARM"]);

export const epcis = pgTable("epcis", {
  code: varchar("code", { length: 9 }).primaryKey(),
  name: text("name").notNull(),
  kind: varchar("kind", { length: 8 }).notNull(),
});

export const communes = pgTable(
  "communes",
  {
    inseeCode: varchar("insee_code", { length: 5 }).primaryKey(),
    name: text("name").notNull(),
    department: varchar("department", { length: 3 }).notNull(),
    kind: communeKind("kind").notNull(),
    /** For a municipal arrondissement (ARM), the commune it belongs to (Marseille 13055). */
    parentCode: varchar("parent_code", { length: 5 }),
    postalCodes: text("postal_codes").array().notNull().default([]),
    epciCode: varchar("epci_code", { length: 9 }).references(() => epcis.code, { onDelete: "set null" }),
    lat: doublePrecision("lat").notNull(),
    lng: doublePrecision("lng").notNull(),
    population: integer("population"),
  },
  (t) => [
    // territory membership and "communes of an EPCI" filters
    index("communes_epci_idx").on(t.epciCode),
  ],
);

export const nafLevel = pgEnum("naf_level", ["section", "division", "group", "class", "subclass"]);

export const nafCodes = pgTable(
  "naf_codes",
  {
    /** "F", "43", "43.3", "43.32", "43.32A" */
    code: varchar("code", { length: 6 }).primaryKey(),
    label: text("label").notNull(),
    level: nafLevel("level").notNull(),
    parentCode: varchar("parent_code", { length: 6 }),
    /** Section letter (A–U): the activity family shown in facets. */
    section: varchar("section", { length: 1 }).notNull(),
  },
  (t) => [
    // the searchable selector lists sous-classes only
    index("naf_codes_level_idx").on(t.level),
  ],
);
