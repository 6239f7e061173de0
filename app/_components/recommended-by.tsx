/**
 * « Recommandé par … » beside a supplier in the buyer's comparison and on the answer's page: the partner
 * networks that relayed this need to that supplier, which then answered. Computed on the server, for the buyer and staff only
 * (recommendationsForNeed in lib/partners/relays.ts); this component only words it.
 */
import { recommendationLabel } from "@/lib/partners/relays";

export function RecommendedBy({ names, inline = false }: { names: string[] | undefined; inline?: boolean }) {
  if (!names?.length) return null;
  const badge = (
    <span className="badge" data-testid="recommended-by">
      {recommendationLabel(names)}
    </span>
  );
  return inline ? (
    badge
  ) : (
    <>
      <br />
      {badge}
    </>
  );
}
