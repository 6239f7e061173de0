/**
 * Demo data of the two other axes (issue 19), so their screens show something on first start: the demo
 * group posts two published challenges (one confidential) and offers two experts; a young company (created
 * 18 months ago) applies to the open challenge; the demo TPE requests a skill, paired with the group's
 * actuary in a mission the CCI validated, with two weeks logged. Fixed texts, dates relative to `now`.
 */
import { eq } from "drizzle-orm";
import type { Tx } from "../client";
import { challengeApplications, challenges, companies, skillMissions, skillMissionWeeks, skillOffers, skillRequests } from "../schema";

export interface InnovationDemoParties {
  /** The large group (posts challenges, offers experts) and the admin who acts for it. */
  group: { companyId: string; userId: string };
  /** A TPE/PME that requests a skill. */
  sme: { companyId: string; userId: string };
  /** A company shown as « jeune entreprise », which applies to a challenge. */
  young: { companyId: string; userId: string };
}

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** The Monday on or before a day. */
const monday = (d: Date) => new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY);

export async function seedInnovationDemo(tx: Tx, p: InnovationDemoParties, now: Date) {
  const days = (n: number) => new Date(now.getTime() + n * DAY);
  await tx
    .update(companies)
    .set({ foundedOn: isoDay(days(-540)) })
    .where(eq(companies.id, p.young.companyId));
  const published = { status: "published" as const, submittedAt: days(-12), publishedAt: days(-10), createdBy: p.group.userId, companyId: p.group.companyId };
  const [open] = await tx
    .insert(challenges)
    .values({
      ...published,
      title: "Prévoir les pannes des postes de transformation",
      summary: "Nous cherchons une solution de maintenance prédictive pour nos 1 200 postes de transformation de la métropole.",
      problem: "Les pannes de postes de transformation coûtent cher et arrivent sans signe avant-coureur visible par nos équipes.",
      context: "Données de télérelève disponibles sur 5 ans ; équipes d'intervention basées à Marseille et Aubagne.",
      expectedSolution: "Un modèle qui signale les postes à risque un mois à l'avance, intégré à notre outil de planification.",
      maturity: "prototype",
      reward: "paid_poc",
      budgetBand: "10k_50k",
      deadline: days(30),
      openToYoung: true,
    })
    .returning({ id: challenges.id });
  await tx.insert(challenges).values({
    ...published,
    title: "Réduire l'eau de lavage de nos sites industriels",
    summary: "Réduire de 30 % l'eau utilisée pour le lavage de nos équipements, sur un site pilote.",
    problem: "Le détail des consommations du site pilote est confidentiel.",
    expectedSolution: "Filtration, réutilisation ou procédé de lavage à sec, à tester sur site.",
    maturity: "product",
    reward: "pilot",
    budgetBand: "50k_150k",
    deadline: days(45),
    openToYoung: false,
    confidential: true,
    ndaText: "Le candidat s'engage à ne divulguer aucune information reçue au titre de ce défi, pendant trois ans.",
  });
  await tx.insert(challengeApplications).values({
    challengeId: open.id,
    companyId: p.young.companyId,
    createdBy: p.young.userId,
    trl: 5,
    solution: "Un modèle d'apprentissage sur les courbes de charge et la température, déjà testé sur 80 postes d'un réseau privé.",
    team: "Une data scientist, un ingénieur électrotechnicien, un développeur.",
    references: "Pilote avec une régie d'électricité alpine.",
  });
  const base = { companyId: p.group.companyId, createdBy: p.group.userId, communeCode: "13055" };
  const [actuary] = await tx
    .insert(skillOffers)
    .values({
      ...base,
      skill: "Actuariat et modélisation des risques",
      profession: "Actuaire",
      seniority: "senior",
      daysPerWeek: 2,
      durationWeeks: 26,
      description: "Tarification, provisionnement, modèles de risques.",
      availableFrom: isoDay(days(-30)),
      workMode: "hybrid",
      dailyCostEur: 650,
      status: "paired",
    })
    .returning({ id: skillOffers.id });
  await tx.insert(skillOffers).values({
    ...base,
    skill: "Cybersécurité des systèmes industriels",
    profession: "Ingénieur sécurité",
    seniority: "expert",
    daysPerWeek: 1,
    durationWeeks: 12,
    description: "Audit, durcissement des automates, plan de réponse aux incidents.",
    availableFrom: isoDay(days(14)),
    workMode: "remote",
    dailyCostEur: 800,
  });
  const [request] = await tx
    .insert(skillRequests)
    .values({
      companyId: p.sme.companyId,
      createdBy: p.sme.userId,
      skill: "Actuaire",
      communeCode: "13005",
      daysPerWeek: 2,
      durationWeeks: 24,
      purpose: "Structurer la tarification de nos contrats et modéliser nos risques avant une levée de fonds.",
      startFrom: isoDay(days(-21)),
      workMode: "hybrid",
      status: "paired",
    })
    .returning({ id: skillRequests.id });
  await tx.insert(skillRequests).values({
    companyId: p.sme.companyId,
    createdBy: p.sme.userId,
    skill: "Contrôle de gestion",
    communeCode: "13005",
    daysPerWeek: 1,
    durationWeeks: 12,
    purpose: "Mettre en place des tableaux de bord de marge par chantier et un budget annuel.",
    startFrom: isoDay(days(30)),
    workMode: "on_site",
  });
  const startsOn = monday(days(-21));
  const [mission] = await tx
    .insert(skillMissions)
    .values({
      offerId: actuary.id,
      requestId: request.id,
      status: "active",
      score: 0.71,
      proposedBy: p.sme.userId,
      decidedAt: days(-25),
      reasons: ["sa fiche reprend les mots du besoin : actuaire", "entreprise du territoire"],
      startsOn: isoDay(startsOn),
      endsOn: isoDay(new Date(startsOn.getTime() + (24 * 7 - 1) * DAY)),
      dailyCostEur: 650,
    })
    .returning({ id: skillMissions.id });
  await tx
    .insert(skillMissionWeeks)
    .values([0, 7].map((d) => ({ missionId: mission.id, weekStart: isoDay(new Date(startsOn.getTime() + d * DAY)), days: 2, loggedBy: p.group.userId })));
}
