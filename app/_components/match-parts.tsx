/** A match's score and its parts as labelled bars, with the sentences; the numbers are in the text too. */
import type { MatchPart } from "@/lib/matching/types";
import { reasonsLine as strongReasons } from "@/lib/alerts/reasons";

import { PART_LABELS } from "@/lib/matching/labels";

const pct = (v: number) => `${Math.round(v * 100)} %`;

export function ScoreBadge({ score }: { score: number }) {
  return (
    <span className="score-badge" aria-label={`Score ${pct(score)}`}>
      {pct(score)}
    </span>
  );
}

export function MatchParts({ parts }: { parts: MatchPart[] }) {
  return (
    <dl className="match-parts">
      {parts.map((p) => (
        <div key={p.key} className="match-part">
          <dt>
            {PART_LABELS[p.key]} <span className="muted">(poids {pct(p.weight)})</span>
          </dt>
          <dd>
            <span className="bar" aria-hidden="true">
              <span style={{ width: pct(p.value) }} />
            </span>
            <span className="muted">{pct(p.value)}</span>
            {p.sentence ? ` — ${p.sentence}` : ""}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The sentences worth reading, in one line ("Menuisier à 12 km ; activité exacte 43.32A ; …"). */
export function reasonsLine(parts: MatchPart[]): string {
  return strongReasons(parts).join(" ; ");
}
