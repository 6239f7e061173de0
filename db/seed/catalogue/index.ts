/**
 * Demo data catalogue: the activities local TPE/PME typically have (real NAF rév. 2 sous-classes), the
 * name and description patterns that make them look real, and the fictional large buyers.
 * Names are invented: no real brand or company, so the demo never misrepresents anyone.
 */
import type { Activity } from "./activity";
import { BUILDING_TRADES } from "./building-trades";
import { BUSINESS_SERVICES } from "./business-services";
import { DIGITAL } from "./digital";
import { ENGINEERING } from "./engineering";
import { FACILITY_SERVICES } from "./facility-services";
import { FOOD } from "./food";
import { INDUSTRY } from "./industry";
import { SUPPLIES_AND_REPAIRS } from "./supplies-and-repairs";
import { TRANSPORT } from "./transport";

export type { Activity } from "./activity";
export { PLACE_WORDS, PLACES_OF } from "./places";
export { FIRST_NAMES, LAST_NAMES } from "./people";
export { SME_BANDS } from "./headcount-bands";
export { LARGE_BUYERS, type BuyerSpec } from "./large-buyers";

/** Every activity, families in this fixed order: the seeded draws index into it, so reordering changes the demo. */
export const ACTIVITIES: Activity[] = [
  ...BUILDING_TRADES,
  ...FACILITY_SERVICES,
  ...DIGITAL,
  ...FOOD,
  ...ENGINEERING,
  ...TRANSPORT,
  ...INDUSTRY,
  ...BUSINESS_SERVICES,
  ...SUPPLIES_AND_REPAIRS,
];
