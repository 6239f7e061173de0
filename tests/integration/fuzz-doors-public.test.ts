/**
 * Property-based fuzzing of the doors open without an account (tests/fuzz/arbitraries.ts mixes the forms' fields
 * with hostile values): an alert e-mail's links (not interested, unsubscribe), sign-in, sign-up and a guest's
 * registration to a business-meetings day. The check is fuzz-doors-kit.ts's.
 */
import "./fuzz-doors-mocks";
import { afterAll, beforeAll, describe } from "vitest";
import { field, form, idLike } from "../fuzz/arbitraries";
import { type Door, fuzzBudget, fuzzDoors, ids, restoreConsole, setUpDoors } from "./fuzz-doors-kit";

const alertes = await import("@/app/alertes/actions");
const authActions = await import("@/app/(auth)/actions");
const evenements = await import("@/app/evenements/guest-action");

beforeAll(setUpDoors);
afterAll(restoreConsole);

const doors: Door[] = [
  { name: "declineAction", action: alertes.declineAction, form: () => form({ jeton: field("faux.jeton"), reason: field("distance", "activity") }) },
  { name: "unsubscribeAction", action: alertes.unsubscribeAction, form: () => form({ jeton: field("faux.jeton") }) },
  {
    name: "signInAction",
    action: authActions.signInAction,
    form: () => form({ email: field("personne@exemple.fr"), password: field("Calanques-2026"), next: field("/espace", "//evil.example") }),
  },
  // Anonymous registration to a business-meetings day: only an event open to guests accepts it, never a need's id.
  {
    name: "registerGuestAction",
    bound: { action: evenements.registerGuestAction, id: () => idLike(ids.need) },
    form: () =>
      form({
        siret: field("not a siret", "91900002600014"),
        companyName: field("Fuzz SARL"),
        role: field("buyer", "both", "staff"),
        firstName: field("Lucie"),
        lastName: field("Garnier"),
        email: field("fuzz@exemple.fr"),
        consent: field("on", undefined),
      }),
  },
  {
    name: "signUpAction",
    action: authActions.signUpAction,
    form: () =>
      form({
        firstName: field("Lucie"),
        lastName: field("Garnier"),
        email: field("fuzz@exemple.fr"),
        password: field("Calanques-2026"),
        siret: field("not a siret"),
        legalName: field("Fuzz SARL"),
        nafCode: field("43.32A"),
        communeCode: field("13005"),
        headcountBand: field("02"),
        acceptCharter: field("on"),
      }),
  },
];

describe("fuzzing the doors: open without an account", () => {
  fuzzDoors(doors);
  fuzzBudget(doors.length);
});
