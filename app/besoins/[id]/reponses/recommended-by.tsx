/**
 * « Recommandé par … » beside a supplier in the buyer's comparison: the partner networks that relayed this
 * need to that supplier, which then answered. Computed on the server, for the buyer and staff only
 * (recommendationsForNeed in lib/partners/relays.ts); this component only words it.
 */
import { recommendationLabel } from "@/lib/partners/relays";

export function RecommendedBy({ names }: { names: string[] | undefined }) {
  if (!names?.length) return null;
  return <><br /><span className="badge" data-testid="recommended-by">{recommendationLabel(names)}</span></>;
}
