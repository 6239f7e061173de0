/**
 * The labelled evaluation set of matching, generated reproducibly from a seed and the trade catalogue
 * (bench/relevance/catalogue/: trades, look-alike specialties, how companies describe themselves, needs as
 * buyers write them). Establishments are SIRENE StockEtablissement rows over real communes (mostly the
 * Métropole d'Aix-Marseille-Provence, some around it, a few far away), each with its own French
 * self-description (clear, short, vague, or none) and sometimes a secondary line of business.
 *
 * Grading rule (fixed before any ranking was run, independent of the algorithm):
 *   3  the need's specialty, said clearly in the description; active; inside the need's perimeter;
 *   2  the need's specialty with a vague description, or another specialty that names the need's one as a
 *      secondary line; active; inside;
 *   1  a related specialty that could do part of the need, or the need's specialty with no description at
 *      all (only the NAF code tells); active; inside;
 *   0  a look-alike specialty of the same trade, anything unrelated, a closed establishment, or one outside
 *      the perimeter — however good its trade. Distance inside the perimeter does not change the grade.
 * Traps: same-NAF look-alikes, the right trade under other NAF codes (the catalogue lists what companies
 * really use), buyers' NAF picks that are wrong, vague and empty profiles, closed establishments, firms
 * in other départements and firms placed just outside a radius perimeter.
 */
import { withLuhnKey } from "../../lib/companies/siret";
import { Rng } from "../lib/prng";
import { TRADES } from "./catalogue/index";
import type { Specialty, Trade } from "./catalogue/types";
import { BANDS, type Commune, describe, km, loadCommunes, picker, STREET_NAMES, STREET_TYPES } from "./communes-and-texts";
import type { EvalEstablishment, EvalLabel, EvalNeed, EvalSet } from "./eval-set";

export { TRADES };
export const DEFAULT_SEED = 20261204;
const TERRITORY_EPCI = "200054807";

// ── the set ──────────────────────────────────────────────────────────────────────────────────────────
export function generateEvalSet(seed = DEFAULT_SEED, catalogue: readonly Trade[] = TRADES): EvalSet {
  const rng = new Rng(seed);
  const communes = loadCommunes();
  const inTerritory = communes.filter((c) => c.epci === TERRITORY_EPCI);
  const around = communes.filter((c) => ["13", "83", "84", "30", "04"].includes(c.dept) && c.epci !== TERRITORY_EPCI);
  const far = communes.filter((c) => ["69", "75", "59", "33"].includes(c.dept));
  const pickTerritory = picker(inTerritory);
  const pickAround = picker(around);
  const pickFar = picker(far);
  const byCode = new Map(communes.map((c) => [c.code, c]));
  const specialties = new Map<string, { sp: Specialty; trade: Trade }>();
  for (const trade of catalogue) for (const sp of trade.specialties) specialties.set(sp.key, { sp, trade });

  const establishments: EvalEstablishment[] = [];
  const sirets = new Set<string>();
  const newSiret = () => {
    for (;;) {
      const siren = withLuhnKey(String(rng.int(1, 9)) + rng.digits(7));
      const siret = withLuhnKey(siren + rng.digits(4));
      if (!sirets.has(siret) && !siren.startsWith("356000000")) {
        sirets.add(siret);
        return { siren, siret };
      }
    }
  };
  const addEstablishment = (sp: Specialty, trade: Trade, at: Commune, over: Partial<Pick<EvalEstablishment, "quality">> & { closed?: boolean } = {}) => {
    const quality = over.quality ?? (rng.chance(0.55) ? "clear" : rng.chance(0.45) ? "short" : rng.chance(0.6) ? "vague" : "empty");
    const others = trade.specialties.filter((o) => o.key !== sp.key);
    const secondary = quality !== "vague" && quality !== "empty" && others.length && rng.chance(0.1) ? rng.pick(others) : null;
    const { siren, siret } = newSiret();
    const created = `${rng.int(1985, 2024)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
    const name = rng.pick(sp.names);
    const naf = rng.chance(0.7) ? sp.naf[0] : rng.pick(sp.naf);
    const closed = over.closed ?? rng.chance(0.05);
    const sirene: Record<string, string> = {
      siren,
      nic: siret.slice(9),
      siret,
      statutDiffusionEtablissement: "O",
      dateCreationEtablissement: created,
      trancheEffectifsEtablissement: BANDS.pick(rng),
      anneeEffectifsEtablissement: "2023",
      dateDernierTraitementEtablissement: "2025-06-30T10:00:00",
      etablissementSiege: "true",
      numeroVoieEtablissement: String(rng.int(1, 180)),
      typeVoieEtablissement: rng.pick(STREET_TYPES),
      libelleVoieEtablissement: rng.pick(STREET_NAMES),
      codePostalEtablissement: at.postal,
      libelleCommuneEtablissement: at.name.toUpperCase(),
      codeCommuneEtablissement: at.code,
      dateDebut: created,
      etatAdministratifEtablissement: closed ? "F" : "A",
      enseigne1Etablissement: rng.chance(0.15) ? rng.pick(sp.names) : "",
      enseigne2Etablissement: "",
      enseigne3Etablissement: "",
      denominationUsuelleEtablissement: "",
      activitePrincipaleEtablissement: naf,
      nomenclatureActivitePrincipaleEtablissement: "NAFRev2",
      caractereEmployeurEtablissement: rng.chance(0.7) ? "O" : "N",
      denominationUniteLegale: rng.chance(0.3) ? `${name} ${rng.pick(["SARL", "SAS", "SASU", "EURL", "ET ASSOCIES", "PROVENCE", "SUD"])}` : name,
    };
    const e: EvalEstablishment = { sirene, description: describe(rng, sp, quality, secondary), specialty: sp.key, secondary: secondary?.key ?? null, quality };
    establishments.push(e);
    return e;
  };

  // Every specialty, spread over the territory, around it and far away.
  for (const trade of catalogue) {
    for (const sp of trade.specialties) {
      const n = rng.int(13, 18);
      for (let i = 0; i < n; i++) {
        const r = rng.next();
        addEstablishment(sp, trade, r < 0.78 ? pickTerritory.pick(rng) : r < 0.94 ? pickAround.pick(rng) : pickFar.pick(rng));
      }
    }
  }

  // Needs, in the catalogue's order; each with a place and a perimeter drawn from the seed.
  const needs: EvalNeed[] = [];
  const templates = new Map<string, Trade["needs"][number]>();
  const labels: EvalLabel[] = [];
  let index = 0;
  for (const trade of catalogue) {
    for (const t of trade.needs) {
      const target = specialties.get(t.target);
      if (!target) throw new Error(`Unknown target specialty ${t.target} in trade ${trade.key}`);
      const id = `N${String(++index).padStart(2, "0")}`;
      const at = pickTerritory.pick(rng);
      const r = rng.next();
      const need: EvalNeed = {
        id,
        title: t.title,
        description: t.description,
        kind: t.kind,
        nafCodes: t.nafPicked,
        communeCode: at.code,
        perimeterKind: r < 0.55 ? "radius" : r < 0.85 ? "territory" : "areas",
        perimeterRadiusKm: null,
        perimeterAreas: [],
        budgetMinEur: t.budget?.[0] ?? null,
        budgetMaxEur: t.budget?.[1] ?? null,
        responseDeadline: `2027-0${rng.int(1, 6)}-${String(rng.int(1, 28)).padStart(2, "0")}`,
      };
      if (need.perimeterKind === "radius") need.perimeterRadiusKm = rng.pick([20, 25, 30, 40, 50, 60]);
      if (need.perimeterKind === "areas") {
        // The need's commune and its nearest neighbours within the territory, as a buyer ticks them on a map.
        const nearest = [...inTerritory].sort((a, b) => km(at, a) - km(at, b)).slice(0, rng.int(15, 30));
        need.perimeterAreas = nearest.map((c) => ({ kind: "commune" as const, code: c.code }));
      }
      const inside = (c: Commune) =>
        need.perimeterKind === "radius"
          ? km(at, c) <= need.perimeterRadiusKm!
          : need.perimeterKind === "territory"
            ? c.epci === TERRITORY_EPCI
            : need.perimeterAreas.some((a) => a.code === c.code);
      // A perimeter that holds too few suppliers of the specialty is widened to the territory, as a buyer would.
      const relevantInside = () =>
        establishments.filter(
          (e) =>
            e.specialty === t.target &&
            e.quality !== "empty" &&
            e.sirene.etatAdministratifEtablissement === "A" &&
            inside(byCode.get(e.sirene.codeCommuneEtablissement)!),
        ).length;
      if (relevantInside() < 4) {
        need.perimeterKind = "territory";
        need.perimeterRadiusKm = null;
        need.perimeterAreas = [];
      }
      // Traps: firms of the right specialty just outside a radius, and a closed one inside.
      if (need.perimeterKind === "radius") {
        const ring = around.concat(inTerritory).filter((c) => {
          const d = km(at, c);
          return d > need.perimeterRadiusKm! + 1 && d < need.perimeterRadiusKm! + 8;
        });
        for (const c of rng.sample(ring, 2)) addEstablishment(target.sp, target.trade, c, { quality: "clear", closed: false });
      }
      const insidePool = inTerritory.filter(inside);
      if (insidePool.length) addEstablishment(target.sp, target.trade, rng.pick(insidePool), { quality: "clear", closed: true });
      needs.push(need);
      templates.set(id, t);
    }
  }

  // Labels: every establishment of the need's trade, of its related specialties, or under one of its NAF codes.
  for (const need of needs) {
    const t = templates.get(need.id)!;
    const target = specialties.get(t.target)!;
    const related = new Set(t.related ?? []);
    const at = byCode.get(need.communeCode)!;
    const inside = (c: Commune) =>
      need.perimeterKind === "radius"
        ? km(at, c) <= need.perimeterRadiusKm!
        : need.perimeterKind === "territory"
          ? c.epci === TERRITORY_EPCI
          : need.perimeterAreas.some((a) => a.code === c.code);
    for (const e of establishments) {
      const sameTrade = specialties.get(e.specialty)!.trade.key === target.trade.key;
      const sameNaf = need.nafCodes.includes(e.sirene.activitePrincipaleEtablissement);
      if (!sameTrade && !related.has(e.specialty) && !sameNaf && e.secondary !== t.target) continue;
      const c = byCode.get(e.sirene.codeCommuneEtablissement)!;
      let grade: 0 | 1 | 2 | 3 = 0;
      let reason: string;
      if (e.sirene.etatAdministratifEtablissement !== "A") reason = "établissement fermé";
      else if (!inside(c)) reason = `hors du périmètre (${c.name}, ${Math.round(km(at, c))} km)`;
      else if (e.specialty === t.target) {
        grade = e.quality === "vague" ? 2 : e.quality === "empty" ? 1 : 3;
        reason =
          e.quality === "vague"
            ? "bonne spécialité, fiche vague"
            : e.quality === "empty"
              ? "bonne spécialité, sans description (seul le code NAF le dit)"
              : "fait exactement ce qui est demandé";
      } else if (e.secondary === t.target) {
        grade = 2;
        reason = `spécialité ${e.specialty}, fait aussi ${t.target} en activité secondaire`;
      } else if (related.has(e.specialty)) {
        grade = e.quality === "empty" ? 0 : 1;
        reason =
          e.quality === "empty"
            ? `spécialité voisine (${e.specialty}) sans description`
            : `spécialité voisine (${e.specialty}), peut faire une partie du besoin`;
      } else if (sameTrade) reason = `même métier, autre spécialité (${e.specialty})`;
      else reason = `même code NAF, autre métier (${e.specialty})`;
      labels.push({ needId: need.id, siret: e.sirene.siret, grade, reason });
    }
  }
  return { seed, establishments, needs, labels };
}
