/** Reads behind the need pages (the queries live in db/queries/needs.ts; app/ reads through here). */
export { listCompanyNeeds, loadNeed, type LoadedNeed } from "@/db/queries/needs";
