/**
 * A year of demo history, so every screen shows the product on first start: past needs of the large buyers
 * in every final state (awarded, unsuccessful, cancelled, rejected, changes requested), answers from the
 * territory's SMEs and a few suppliers from outside it (so the local share is not a flat 100 %), awards,
 * « Avez-vous conclu ? » follow-ups and ratings, plus answers on the current needs — among them closed needs
 * of the demo buyer waiting for its decision, to try « Comparer et attribuer ».
 *
 * Pure and deterministic for (seed, companies, reference date): dates are relative to `now`, like the
 * current needs, so the figures always cover the last twelve months. The demo public buyer gets no award:
 * e2e tests seed their own awards for it and read exact sums on its dashboard.
 */
import type { DemoCompany, DemoMembership } from "./generate";
import { NEED_TEMPLATES, type DemoNeed } from "./demo-needs";
import type { DemoAnswer, DemoAward, DemoFollowUp, DemoHistory, DemoRating } from "./demo-history-model";
import { DAY, isoDate, random, round100, uuidOf } from "./demo-history-model";
import { outsideSuppliers } from "./demo-outside-suppliers";

// Importers keep reaching the history's row shapes and outside communes here (they lived here before the split).
export type { DemoAnswer, DemoAward, DemoFollowUp, DemoHistory, DemoRating } from "./demo-history-model";
export { OUTSIDE_COMMUNES } from "./demo-outside-suppliers";

const NOT_RETAINED = [
  "Offre sérieuse, mais un prix plus élevé que l'offre retenue.",
  "Délai de réalisation trop long pour notre calendrier.",
  "Moins de références sur des chantiers comparables.",
  "Très bonne offre ; nous vous recontacterons pour le prochain lot.",
];
const MESSAGES = [
  "Nous intervenons déjà pour des sites comparables dans la métropole ; équipe dédiée et interlocuteur unique.",
  "Proposition détaillée en pièce jointe sur demande ; visite du site possible dès la semaine prochaine.",
  "Entreprise locale, matériel récent, démarrage possible sous quinze jours.",
  "Offre incluant le suivi mensuel et un bilan en fin de contrat.",
];

export function generateDemoHistory(input: {
  seed: number;
  companies: DemoCompany[];
  memberships: DemoMembership[];
  currentNeeds: DemoNeed[];
  now: Date;
  /** Communes outside the territory present in the reference data (others are skipped). */
  outsideCommunes: Set<string>;
  /** Buyers that must keep no award (the demo public buyer). */
  noAwardsFor: Set<string>;
  /** The buyer whose closed needs wait for a decision (the demo buyer). */
  demoBuyerId: string | null;
  /**
   * Suppliers that answer nothing in the history (the demo supplier accounts): e2e journeys answer with them
   * and read their « Mes réponses » for their own amounts, which a seeded answer could mimic.
   */
  reservedSuppliers: Set<string>;
}): DemoHistory {
  const { seed, now } = input;
  const rnd = random(seed ^ 0x5eed);
  const admins = new Map(input.memberships.filter((m) => m.role === "admin").map((m) => [m.companyId, m.userId]));

  // Suppliers from outside the territory, verified signatories for a year.
  const { companies, users, memberships } = outsideSuppliers(seed, now, input.outsideCommunes);

  const verifiedSmes = [...input.companies.filter((c) => !c.isLargeBuyer && c.verifiedAt && !input.reservedSuppliers.has(c.id)), ...companies];
  const localSmes = verifiedSmes.filter((c) => !companies.includes(c));
  const suppliersFor = (naf: string[]) => {
    const matching = localSmes.filter((c) => naf.includes(c.nafCode));
    return matching.length >= 3 ? matching : localSmes;
  };
  const outsideFor = (naf: string[]) => companies.filter((c) => naf.includes(c.nafCode));

  const needs: DemoNeed[] = [];
  const answers: DemoAnswer[] = [];
  const awards: DemoAward[] = [];
  const followUps: DemoFollowUp[] = [];
  const ratings: DemoRating[] = [];

  /** 2–4 answers from suppliers of the need's trade; sometimes one from outside the territory. */
  const answersFor = (need: DemoNeed, count: number, at: Date): DemoAnswer[] => {
    const pool = [...suppliersFor(need.nafCodes)];
    const chosen: DemoCompany[] = [];
    const outside = outsideFor(need.nafCodes);
    if (outside.length && rnd.chance(0.35)) chosen.push(rnd.pick(outside));
    while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(rnd.next() * pool.length), 1)[0]);
    const [min, max] = [need.budgetMinEur, need.budgetMaxEur];
    return chosen.map((c, k) => {
      const submittedAt = new Date(Math.min(at.getTime() - DAY, (need.publishedAt ?? need.createdAt).getTime() + (2 + k * 3) * DAY));
      return {
        id: uuidOf(`answer:${seed}:${need.id}:${c.id}`),
        needId: need.id,
        companyId: c.id,
        createdBy: admins.get(c.id) ?? memberships.find((m) => m.companyId === c.id)?.userId ?? null,
        status: "submitted",
        priceEur: round100(min * 0.9 + rnd.next() * (max - min) * 1.1),
        leadTimeDays: rnd.int(10, 60),
        validityDays: rnd.pick([60, 90, 120]),
        message: rnd.pick(MESSAGES),
        feedback: null,
        submittedAt,
        decidedAt: null,
        createdAt: submittedAt,
      };
    });
  };

  const buyers = input.companies.filter((c) => c.isLargeBuyer).sort((a, b) => a.siret.localeCompare(b.siret));
  buyers.forEach((buyer, b) => {
    const admin = admins.get(buyer.id)!;
    const awardsAllowed = !input.noAwardsFor.has(buyer.id);
    // Seven past needs spread over the year (one every ~7 weeks, offset per buyer so every month has some).
    for (let i = 0; i < 7; i++) {
      const t = NEED_TEMPLATES[(seed + b * 5 + i * 4) % NEED_TEMPLATES.length];
      const createdAt = new Date(now.getTime() - (45 + i * 48 + ((b * 11) % 40)) * DAY);
      const publishedAt = new Date(createdAt.getTime() + 2 * DAY);
      const deadline = new Date(publishedAt.getTime() + 21 * DAY);
      const roll = rnd.next();
      const status: DemoNeed["status"] = !awardsAllowed
        ? roll < 0.2
          ? "cancelled"
          : roll < 0.35
            ? "rejected"
            : "unsuccessful"
        : roll < 0.7
          ? "awarded"
          : roll < 0.82
            ? "unsuccessful"
            : roll < 0.92
              ? "cancelled"
              : "rejected";
      const need: DemoNeed = {
        id: uuidOf(`history-need:${seed}:${buyer.siret}:${i}`),
        companyId: buyer.id,
        createdBy: admin,
        title: t.title,
        description: t.description,
        kind: t.kind,
        nafCodes: t.naf,
        communeCode: buyer.communeCode,
        budgetMinEur: t.budget[0],
        budgetMaxEur: t.budget[1],
        csrCriteria: t.csr,
        status,
        responseDeadline: deadline,
        createdAt,
        submittedAt: new Date(createdAt.getTime() + DAY),
        publishedAt: status === "rejected" ? null : publishedAt,
        closedAt: status === "rejected" ? null : deadline,
        expectedStartDate: isoDate(new Date(deadline.getTime() + 30 * DAY)),
      };
      if (status === "rejected") {
        need.rejectedAt = new Date(createdAt.getTime() + 2 * DAY);
        need.moderationNote = "Ce besoin désigne une marque imposée : reformulez-le en exigences de résultat.";
      }
      needs.push(need);
      if (status === "rejected") continue;
      if (status === "cancelled") {
        need.cancelledAt = new Date(deadline.getTime() + 4 * DAY);
        need.outcomeNote = "Projet reporté à l'an prochain.";
        answers.push(...answersFor(need, 1, deadline));
        continue;
      }
      const decidedAt = new Date(deadline.getTime() + rnd.int(3, 14) * DAY);
      const list = answersFor(need, rnd.int(2, 4), deadline);
      answers.push(...list);
      if (status === "unsuccessful") {
        need.unsuccessfulAt = decidedAt;
        need.outcomeNote = "Les offres reçues dépassaient le budget prévu.";
        for (const a of list) Object.assign(a, { status: "not_retained", decidedAt, feedback: rnd.pick(NOT_RETAINED) });
        continue;
      }
      need.awardedAt = decidedAt;
      const winner = list.reduce((best, a) => ((a.priceEur ?? 0) < (best.priceEur ?? 0) && rnd.chance(0.7) ? a : best), list[0]);
      for (const a of list) {
        Object.assign(a, a === winner ? { status: "awarded", decidedAt } : { status: "not_retained", decidedAt, feedback: rnd.pick(NOT_RETAINED) });
      }
      const amount = winner.priceEur ?? need.budgetMinEur;
      awards.push({
        id: uuidOf(`award:${seed}:${need.id}`),
        needId: need.id,
        answerId: winner.id,
        buyerCompanyId: buyer.id,
        supplierCompanyId: winner.companyId,
        amountEur: amount,
        awardedOn: decidedAt,
        decidedBy: admin,
      });
      // « Avez-vous conclu ? » two weeks after the expected start, once that has passed.
      const askedAt = new Date(Date.parse(`${need.expectedStartDate}T08:00:00Z`) + 14 * DAY);
      if (askedAt < now) {
        const answered = rnd.chance(0.8);
        const respondedAt = answered ? new Date(Math.min(now.getTime() - DAY, askedAt.getTime() + rnd.int(1, 6) * DAY)) : null;
        followUps.push({
          needId: need.id,
          companyId: buyer.id,
          side: "buyer",
          outcome: answered ? "yes" : null,
          amountEur: answered ? amount : null,
          reason: null,
          askedAt,
          respondedAt,
        });
        followUps.push({
          needId: need.id,
          companyId: winner.companyId,
          side: "supplier",
          outcome: answered ? "yes" : "not_yet",
          amountEur: answered ? amount : null,
          reason: null,
          askedAt,
          respondedAt: respondedAt ?? new Date(askedAt.getTime() + 2 * DAY),
        });
        if (answered) {
          ratings.push({
            needId: need.id,
            supplierCompanyId: winner.companyId,
            buyerCompanyId: buyer.id,
            rating: rnd.int(3, 5),
            comment: rnd.pick(["Travail soigné, délais tenus.", "Équipe réactive et de bon conseil.", null]),
            ratedBy: admin,
            createdAt: respondedAt!,
          });
        }
      }
    }
    // One need sent back by the CCI, waiting for the buyer's changes.
    if (b % 3 === 0) {
      const t = NEED_TEMPLATES[(seed + b) % NEED_TEMPLATES.length];
      const createdAt = new Date(now.getTime() - 6 * DAY);
      needs.push({
        id: uuidOf(`history-changes:${seed}:${buyer.siret}`),
        companyId: buyer.id,
        createdBy: admin,
        title: t.title,
        description: t.description,
        kind: t.kind,
        nafCodes: t.naf,
        communeCode: buyer.communeCode,
        budgetMinEur: t.budget[0],
        budgetMaxEur: t.budget[1],
        csrCriteria: t.csr,
        status: "changes_requested",
        responseDeadline: new Date(now.getTime() + 30 * DAY),
        createdAt,
        submittedAt: new Date(createdAt.getTime() + DAY),
        publishedAt: null,
        closedAt: null,
        changesRequestedAt: new Date(createdAt.getTime() + 2 * DAY),
        moderationNote: "Précisez les quantités et le calendrier d'exécution, s'il vous plaît.",
      });
    }
  });

  // The current needs: answers arriving on published ones, and closed ones waiting for the buyer's decision.
  const current = [...input.currentNeeds];
  if (input.demoBuyerId) {
    // The demo buyer always has two closed needs with answers, whatever the status cycle gave it.
    const admin = admins.get(input.demoBuyerId)!;
    const buyer = input.companies.find((c) => c.id === input.demoBuyerId)!;
    [0, 1].forEach((i) => {
      const t = NEED_TEMPLATES[(seed + 3 + i * 6) % NEED_TEMPLATES.length];
      const createdAt = new Date(now.getTime() - (30 + i * 5) * DAY);
      const deadline = new Date(now.getTime() - (3 + i * 4) * DAY);
      const need: DemoNeed = {
        id: uuidOf(`to-decide:${seed}:${buyer.siret}:${i}`),
        companyId: buyer.id,
        createdBy: admin,
        title: t.title,
        description: t.description,
        kind: t.kind,
        nafCodes: t.naf,
        communeCode: buyer.communeCode,
        budgetMinEur: t.budget[0],
        budgetMaxEur: t.budget[1],
        csrCriteria: t.csr,
        status: "closed",
        responseDeadline: deadline,
        createdAt,
        submittedAt: new Date(createdAt.getTime() + DAY),
        publishedAt: new Date(createdAt.getTime() + 2 * DAY),
        closedAt: deadline,
        expectedStartDate: isoDate(new Date(now.getTime() + 30 * DAY)),
      };
      needs.push(need);
      current.push(need);
    });
  }
  for (const need of current) {
    if (need.status === "closed") answers.push(...answersFor(need, 3, need.responseDeadline));
    else if (need.status === "published") {
      const list = answersFor(need, rnd.int(0, 2), now);
      // Some suppliers have only said they are interested so far.
      for (const a of list)
        if (rnd.chance(0.3))
          Object.assign(a, { status: "interested", priceEur: null, leadTimeDays: null, validityDays: null, message: null, submittedAt: null });
      answers.push(...list);
    }
  }
  return { companies, users, memberships, needs, answers, awards, followUps, ratings };
}
