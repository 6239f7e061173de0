/** The period filter of a dashboard (whole months, in the URL as du/au), with an optional distance choice. */
import { RADII_KM, type RadiusKm } from "@/lib/dashboards/definitions";
import type { Period } from "@/lib/dashboards/period";

export function PeriodForm({ period, radius, hidden = {} }: { period: Period; radius?: RadiusKm; hidden?: Record<string, string> }) {
  return (
    <form method="get" className="filters dashboard-filters" aria-label="Période et distance">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="field field--short">
        <label htmlFor="du">Du (mois)</label>
        <input id="du" name="du" type="month" defaultValue={period.from} pattern="\d{4}-\d{2}" placeholder="AAAA-MM" />
      </div>
      <div className="field field--short">
        <label htmlFor="au">Au (mois inclus)</label>
        <input id="au" name="au" type="month" defaultValue={period.to} pattern="\d{4}-\d{2}" placeholder="AAAA-MM" />
      </div>
      {radius ? (
        <div className="field field--short">
          <label htmlFor="rayon">Proximité</label>
          <select id="rayon" name="rayon" defaultValue={String(radius)}>
            {RADII_KM.map((r) => (
              <option key={r} value={r}>
                à moins de {r} km
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="button">
        Afficher
      </button>
    </form>
  );
}
