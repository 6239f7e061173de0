/** Who a challenge or a new skills post is alerted to, from its ranking: the threshold, the charter, the young companies' rule, one alert per company. */
import { describe, expect, it } from "vitest";
import { challengeAlertCandidates, challengeAsNeed } from "@/lib/challenges/alerts";
import type { MatchPart } from "@/lib/matching/types";
import { skillAlertCandidates } from "@/lib/skills/alerts";

const parts = (text: number, trade = 0): MatchPart[] => [
  { key: "text", weight: 0.5, value: text, sentence: "" },
  { key: "trade", weight: 0.17, value: trade, sentence: "" },
];
const match = (companyId: string, score: number, text: number, signatory = true) => ({ companyId, score, parts: parts(text), signatory });

describe("challengeAlertCandidates", () => {
  const matches = [
    match("strong", 0.7, 1),
    match("weak", 0.35, 0.3),
    match("young-weak", 0.3, 0.2),
    match("young-unrelated", 0.25, 0),
    match("unsigned", 0.9, 1, false),
  ];

  it("keeps the charter's signatories at or above the threshold", () => {
    expect(challengeAlertCandidates(matches, 0.6, new Set(), true).map((c) => c.companyId)).toEqual(["strong"]);
  });

  it("adds the young companies whose profile shares the challenge's words, only when it is open to them", () => {
    const young = new Set(["young-weak", "young-unrelated"]);
    const open = challengeAlertCandidates(matches, 0.6, young, true);
    expect(open.map((c) => c.companyId)).toEqual(["strong", "young-weak"]);
    expect(open[1].reasons).toContain("votre entreprise a moins de 3 ans et ce défi est ouvert aux jeunes entreprises");
    expect(challengeAlertCandidates(matches, 0.6, young, false).map((c) => c.companyId)).toEqual(["strong"]);
  });

  it("ranks a confidential challenge on its public words only", () => {
    const c = { id: "c", companyId: "g", title: "Eau", summary: "Réduire l'eau", problem: "SECRET", expectedSolution: "Osmose", confidential: true };
    expect(challengeAsNeed(c, "13005").description).toBe("Réduire l'eau");
    expect(challengeAsNeed({ ...c, confidential: false }, "13005").description).toContain("Osmose");
  });
});

describe("skillAlertCandidates", () => {
  const post = (id: string, companyId: string, skill = "Actuaire") => ({ id, companyId, skill });
  const pair = (request: ReturnType<typeof post>, offer: ReturnType<typeof post>, score: number) =>
    ({ request, offer, score, reasons: [] }) as unknown as Parameters<typeof skillAlertCandidates>[0][number];

  it("tells each company on the other side once, about its own post that fits best, at or above the threshold", () => {
    const offer = post("o1", "group");
    const pairs = [pair(post("r1", "sme"), offer, 0.62), pair(post("r2", "sme", "Tarification"), offer, 0.7), pair(post("r3", "shop"), offer, 0.4)];
    const told = skillAlertCandidates(pairs, "request", 0.6);
    expect(told.map((c) => [c.companyId, c.ownPostId, c.ownSkill])).toEqual([["sme", "r2", "Tarification"]]);
    expect(told[0].reasons[0]).toContain("70 %");
  });
});
