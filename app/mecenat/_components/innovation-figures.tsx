/** The two other axes of the programme in the territory statistics: innovation challenges and skills sponsorship. */
import { getDb } from "@/lib/db";
import { KpiCards } from "@/app/_components/dashboards/kpi-cards";
import { requirePermission } from "@/lib/auth/guard";
import { territoryChallengeFigures } from "@/lib/challenges/figures";
import { formatAmount, formatCount } from "@/lib/dashboards/format";
import type { Period } from "@/lib/dashboards/period";
import { plural } from "@/lib/format";
import { territorySkillsFigures } from "@/lib/skills/figures";

export async function InnovationFigures({ period }: { period: Period }) {
  const actor = await requirePermission("dashboard:territory");
  const db = getDb();
  const [c, s] = [await territoryChallengeFigures(db, actor, period), await territorySkillsFigures(db, actor, period)];
  return (
    <>
      <section aria-labelledby="defis-titre" className="dashboard-section">
        <h2 id="defis-titre">Défis d&apos;innovation</h2>
        <p className="muted">
          Défis publiés et candidatures reçues sur la période ; preuves de concept et contrats des défis dont le lauréat a été choisi sur la période.
        </p>
        <KpiCards
          testIdPrefix="kpi-defis"
          cards={[
            { id: "publies", value: formatCount(c.published), label: plural(c.published, "défi publié", "défis publiés") },
            {
              id: "candidatures",
              value: formatCount(c.applications),
              label: `${plural(c.applications, "candidature reçue", "candidatures reçues")}, dont ${formatCount(c.youngApplicants)} de jeunes entreprises`,
            },
            { id: "poc", value: formatAmount(c.pocAmount), label: `de preuves de concept signées (${formatCount(c.pocs)})` },
            { id: "contrats", value: formatAmount(c.contractAmount), label: `de contrats signés (${formatCount(c.contracts)})` },
          ]}
        />
      </section>
      <section aria-labelledby="mecenat-titre" className="dashboard-section">
        <h2 id="mecenat-titre">Mécénat de compétences</h2>
        <p className="muted">
          Missions validées par la CCI sur la période ; jours déclarés dans les semaines de la période, valorisés au coût journalier de l&apos;entreprise
          mécène.
        </p>
        <KpiCards
          testIdPrefix="kpi-mecenat"
          cards={[
            { id: "missions", value: formatCount(s.validated), label: plural(s.validated, "mission validée", "missions validées") },
            { id: "jours", value: formatCount(s.days), label: plural(s.days, "jour donné", "jours donnés") },
            { id: "valorisation", value: formatAmount(s.valuedAmount), label: "de mécénat valorisé (jours × coût journalier)" },
            {
              id: "entreprises",
              value: formatCount(s.companiesHelped),
              label: `${plural(s.companiesHelped, "entreprise aidée", "entreprises aidées")} par ${formatCount(s.sponsors)} ${plural(s.sponsors, "mécène", "mécènes")}`,
            },
          ]}
        />
      </section>
    </>
  );
}
