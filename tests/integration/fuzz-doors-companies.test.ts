/**
 * Property-based fuzzing of a company's own doors (tests/fuzz/arbitraries.ts mixes the forms' fields with
 * hostile values): its offers (create, edit, submit, archive, delete), its profile, its notification
 * preferences and its webhooks (create, enable, delete, replay a delivery). The check is fuzz-doors-kit.ts's.
 */
import "./fuzz-doors-mocks";
import { afterAll, beforeAll, describe } from "vitest";
import { field, form, idLike } from "../fuzz/arbitraries";
import { type Door, fuzzBudget, fuzzDoors, ids, ref, restoreConsole, setUpDoors, uuidField } from "./fuzz-doors-kit";

const offres = await import("@/app/offres/actions");
const monEntreprise = await import("@/app/mon-entreprise/actions");
const preferences = await import("@/app/preferences-notification/actions");
const webhooks = await import("@/app/mon-entreprise/webhooks/actions");

beforeAll(setUpDoors);
afterAll(restoreConsole);

const offerForm = () =>
  form({
    title: field("Nettoyage de bureaux"),
    description: field("Entretien quotidien ou hebdomadaire de vos bureaux, vitrerie."),
    nafCodes: field(["81.21Z"]),
    priceIndication: field("28 € HT de l'heure"),
    areaKind: field("territory", "radius"),
    areaRadiusKm: field(""),
    areaAreas: field([]),
    removePhotoIds: field(undefined, ids.fakeAnswer),
  });

const doors: Door[] = [
  { name: "createOfferAction", action: offres.createOfferAction, form: offerForm },
  { name: "updateOfferAction", bound: { action: offres.updateOfferAction, id: () => idLike(ids.fakeAnswer) }, form: offerForm },
  { name: "submitOfferAction", action: offres.submitOfferAction, form: ref("offerId") },
  { name: "archiveOfferAction", action: offres.archiveOfferAction, form: ref("offerId") },
  { name: "deleteOfferAction", action: offres.deleteOfferAction, form: ref("offerId") },
  {
    name: "updateProfileAction",
    action: monEntreprise.updateProfileAction,
    form: () =>
      form({
        description: field("Menuiserie bois et aluminium."),
        website: field("exemple.fr"),
        contactName: field(""),
        contactEmail: field("contact@exemple.fr"),
        contactPhone: field("04 91 00 00 00"),
        headcountBand: field("03"),
        secondaryNafCodes: field([]),
        certifications: field("Qualibat"),
        serviceAreaKind: field("territory"),
        serviceAreaRadiusKm: field(""),
        serviceAreaAreas: field([]),
        refClient: field([]),
        refYear: field([], ["0x7E8"]),
        refDescription: field([]),
      }),
  },
  {
    name: "savePreferencesAction",
    action: preferences.savePreferencesAction,
    form: () =>
      form({
        mode: field("daily", "off"),
        dailyCap: field("5", "0x10", "1e1", "0.001"),
        minScore: field("", "0.7"),
        kinds: field(["challenges", "skills"], "skills", ["skills", "skills", "skills"]),
      }),
  },
  {
    name: "createWebhookAction",
    action: webhooks.createWebhookAction,
    form: () =>
      form({
        url: field("https://erp.exemple.fr/hooks", "http://127.0.0.1:9/x", "javascript:alert(1)", "https://10.0.0.1/x"),
        description: field(""),
        events: field(["answer.received"], ["need.published_match", "award.decided"], ["need.nope"]),
        minScorePercent: field("60", "0x10", "1e2", "100,5"),
      }),
  },
  { name: "setWebhookEnabledAction", action: webhooks.setWebhookEnabledAction, form: () => form({ endpointId: uuidField(), enabled: field("false", "true") }) },
  { name: "deleteWebhookAction", action: webhooks.deleteWebhookAction, form: ref("endpointId") },
  { name: "replayDeliveryAction", action: webhooks.replayDeliveryAction, form: ref("deliveryId") },
];

describe("fuzzing the doors: a company's offers, profile, preferences and webhooks", () => {
  fuzzDoors(doors);
  fuzzBudget(doors.length);
});
