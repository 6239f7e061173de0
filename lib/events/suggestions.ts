/**
 * Meetings the matching engine proposes: for each buyer, the suppliers registered for the event ranked by
 * the same relevance model as needs (lib/matching), with the reasons of the ranking. A buyer's needs for the
 * day are ranked as they are; its purchase themes are ranked as a need of those activities at its address.
 * Suppliers see the same pairs from their side: the buyers whose needs or themes they fit.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { companies, eventRegistrations, nafCodes } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { NotFoundError } from "../errors";
import type { NeedLike } from "../matching/need-like";
import { currentWeights, rankSuppliersForNeed } from "../matching/service";
import type { SupplierMatch } from "../matching/types";
import { authorized, requireOwnRegistration } from "./access";
import { displayName } from "./company-name";

export interface Suggestion {
  buyerRegistrationId: string;
  buyerName: string;
  supplierRegistrationId: string;
  supplierName: string;
  /** Best relevance score of the supplier over the buyer's needs and themes, in [0, 1]. */
  score: number;
  /** What it was ranked for: a need's title, or « Thèmes d'achat ». */
  rankedFor: string;
  /** The ranking's French sentences, strongest parts first. */
  reasons: string[];
}

/** The parts that weigh most in the score, as sentences (at most 3). */
function reasonsOf(m: SupplierMatch): string[] {
  return [...m.parts]
    .filter((p) => p.value > 0 && p.weight > 0)
    .sort((a, b) => b.weight * b.value - a.weight * a.value)
    .slice(0, 3)
    .map((p) => p.sentence);
}

type Reg = { id: string; role: "buyer" | "supplier" | "both"; companyId: string; name: string; communeCode: string; needIds: string[]; themeCodes: string[] };

async function acceptedRegistrations(db: Db, eventId: string): Promise<Reg[]> {
  return db
    .select({
      id: eventRegistrations.id,
      role: eventRegistrations.role,
      companyId: eventRegistrations.companyId,
      name: displayName(),
      communeCode: companies.communeCode,
      needIds: eventRegistrations.needIds,
      themeCodes: eventRegistrations.themeCodes,
    })
    .from(eventRegistrations)
    .innerJoin(companies, eq(companies.id, eventRegistrations.companyId))
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.status, "accepted")));
}

async function themeNeed(db: Db, buyer: Reg): Promise<NeedLike> {
  const labels = await db.select({ label: nafCodes.label }).from(nafCodes).where(inArray(nafCodes.code, buyer.themeCodes));
  return {
    companyId: buyer.companyId,
    title: labels.map((l) => l.label).join(", "),
    nafCodes: buyer.themeCodes,
    communeCode: buyer.communeCode,
    perimeterKind: "radius",
    perimeterRadiusKm: 100,
    perimeterAreas: [],
  };
}

/** Suggestions of one buyer, best first, among the event's registered suppliers. */
async function suggestionsOfBuyer(db: Db, buyer: Reg, suppliers: Reg[], floor: number): Promise<Suggestion[]> {
  const bySupplierCompany = new Map(suppliers.filter((s) => s.id !== buyer.id && s.companyId !== buyer.companyId).map((s) => [s.companyId, s]));
  if (bySupplierCompany.size === 0) return [];
  const best = new Map<string, Suggestion>();
  const rankings: { label: string; run: () => ReturnType<typeof rankSuppliersForNeed> }[] = [
    ...buyer.needIds.map((needId) => ({ label: "Besoin de l'acheteur", run: () => rankSuppliersForNeed(db, needId) })),
    ...(buyer.themeCodes.length ? [{ label: "Thèmes d'achat", run: async () => rankSuppliersForNeed(db, await themeNeed(db, buyer)) }] : []),
  ];
  for (const ranking of rankings) {
    let run;
    try {
      run = await ranking.run();
    } catch (err) {
      if (err instanceof NotFoundError) continue;
      throw err;
    }
    for (const m of run.matches) {
      const supplier = bySupplierCompany.get(m.companyId);
      // A weak match (a shared word, the same street) is not worth a meeting: the bar is the one that triggers alerts.
      if (!supplier || m.score < floor) continue;
      const current = best.get(supplier.id);
      if (current && current.score >= m.score) continue;
      best.set(supplier.id, {
        buyerRegistrationId: buyer.id,
        buyerName: buyer.name,
        supplierRegistrationId: supplier.id,
        supplierName: supplier.name,
        score: m.score,
        rankedFor: ranking.label,
        reasons: reasonsOf(m),
      });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || (a.supplierRegistrationId < b.supplierRegistrationId ? -1 : 1));
}

/** Every buyer's suggestions (staff, the scheduler's gap filling). */
export async function eventSuggestions(db: Db, eventId: string, onlyBuyerId?: string): Promise<Suggestion[]> {
  const regs = await acceptedRegistrations(db, eventId);
  const suppliers = regs.filter((r) => r.role !== "buyer");
  const buyers = regs.filter((r) => r.role !== "supplier" && (!onlyBuyerId || r.id === onlyBuyerId));
  const floor = (await currentWeights(db)).alertThreshold;
  const out: Suggestion[] = [];
  for (const buyer of buyers) out.push(...(await suggestionsOfBuyer(db, buyer, suppliers, floor)));
  return out;
}

/**
 * What the actor's company sees: as a buyer, the suppliers ranked for it; as a supplier, the buyers it fits.
 * Built from its own registration only.
 */
export async function ownSuggestions(db: Db, actor: Actor | null, eventId: string): Promise<{ asBuyer: Suggestion[]; asSupplier: Suggestion[] }> {
  const own = await requireOwnRegistration(db, actor, eventId, { accepted: true });
  authorized(actor, "event:register", { companyId: own.companyId });
  const asBuyer = own.role !== "supplier" ? await eventSuggestions(db, eventId, own.id) : [];
  const asSupplier =
    own.role !== "buyer" ? (await eventSuggestions(db, eventId)).filter((s) => s.supplierRegistrationId === own.id).sort((a, b) => b.score - a.score) : [];
  return { asBuyer, asSupplier };
}

/** Staff view of every suggestion. */
export async function staffSuggestions(db: Db, actor: Actor | null, eventId: string) {
  authorized(actor, "event:manage");
  return eventSuggestions(db, eventId);
}
