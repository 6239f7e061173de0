/**
 * Property-based fuzzing of the CCI back-office doors (tests/fuzz/arbitraries.ts mixes the forms' fields with
 * hostile values): company flags (large buyer, verified, suspended), moderation decisions on needs, offers and
 * companies, and the matching weights. The check is fuzz-doors-kit.ts's.
 */
import "./fuzz-doors-mocks";
import { afterAll, beforeAll, describe } from "vitest";
import { field, form } from "../fuzz/arbitraries";
import { type Door, fuzzBudget, fuzzDoors, ids, restoreConsole, setUpDoors, uuidField } from "./fuzz-doors-kit";

const cci = await import("@/app/cci/actions");
const moderation = await import("@/app/cci/moderation/actions");
const ponderations = await import("@/app/cci/ponderations/actions");

beforeAll(setUpDoors);
afterAll(restoreConsole);

const doors: Door[] = [
  {
    name: "setLargeBuyerAction",
    action: cci.setLargeBuyerAction,
    form: () => form({ companyId: field(ids.buyerCompany), value: field("true", "false"), returnTo: field("/cci/entreprises", "//evil.example") }),
  },
  { name: "verifyCompanyAction", action: cci.verifyCompanyAction, form: () => form({ companyId: field(ids.supplierCompany), returnTo: field(undefined) }) },
  {
    name: "setSuspendedAction",
    action: cci.setSuspendedAction,
    form: () => form({ companyId: field(ids.supplierCompany), value: field("false"), reason: field(""), returnTo: field(undefined) }),
  },
  {
    name: "decideNeedAction",
    action: moderation.decideNeedAction,
    form: () => form({ objectId: uuidField(), decision: field("request_changes", "reject", "approve"), reason: field("Précisez le lieu.") }),
  },
  {
    name: "decideOfferAction",
    action: moderation.decideOfferAction,
    form: () => form({ objectId: uuidField(), decision: field("reject"), reason: field("Hors sujet.") }),
  },
  {
    name: "decideCompanyAction",
    action: moderation.decideCompanyAction,
    form: () => form({ objectId: field(ids.supplierCompany), decision: field("request_changes"), reason: field("Kbis illisible.") }),
  },
  {
    name: "publishWeightsAction",
    action: ponderations.publishWeightsAction,
    form: () =>
      form({
        activity: field("0,3", "0x1", "1e-1"),
        trade: field("0", "0,1"),
        text: field("0,2"),
        distance: field("0.2"),
        locality: field("0,1"),
        size: field("0,1"),
        trust: field("0,05"),
        responsiveness: field("0,05"),
        alertThreshold: field("0,6", "Infinity"),
        distanceHalfKm: field("25", "-0"),
        note: field(""),
      }),
  },
];

describe("fuzzing the doors: the CCI back-office", () => {
  fuzzDoors(doors);
  fuzzBudget(doors.length);
});
