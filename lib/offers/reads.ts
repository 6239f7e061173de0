/** Reads behind the offer pages (the queries live in db/queries/offers.ts; app/ reads through here). */
export { listCompanyOffers, listOffersAwaitingModeration, listPublishedOffersOfCompany, loadOffer, type LoadedOffer } from "@/db/queries/offers";
