/** The charter's first version, inserted once; later versions are published by staff. */
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { charterVersions } from "../schema";

export const CHARTER_V1 = {
  version: "2026-1",
  title: "Charte Circuit Court — acheter local, entre entreprises du territoire",
  body: [
    "1. Tous acheteurs, tous vendeurs : chaque entreprise signataire consulte d'abord les entreprises du territoire lorsqu'une entreprise locale peut répondre à son besoin.",
    "2. Transparence : l'acheteur décrit ses besoins de façon claire (quantités, délais, critères, budget estimé) et répond à chaque entreprise qui s'est positionnée.",
    "3. Équité : les entreprises sont présentées selon des règles publiques et identiques pour toutes ; aucune ne peut payer pour être mieux classée.",
    "4. Délais de paiement : l'acheteur s'engage à respecter les délais légaux de paiement.",
    "5. Achats responsables : les critères sociaux et environnementaux sont annoncés dès la publication du besoin.",
    "6. Confidentialité : une réponse n'est vue que par l'acheteur concerné ; les prix d'un fournisseur ne sont jamais communiqués à ses concurrents.",
    "7. Bilan : chaque signataire déclare l'issue de ses achats passés par la plateforme, pour mesurer la part locale des achats du territoire.",
  ].join("\n\n"),
};

export async function ensureCharter(db: Db) {
  await db.insert(charterVersions).values(CHARTER_V1).onConflictDoNothing({ target: charterVersions.version });
}

export async function latestCharter(db: Db) {
  const rows = await db
    .select()
    .from(charterVersions)
    .orderBy(sql`${charterVersions.publishedAt} desc, ${charterVersions.id} desc`)
    .limit(1);
  return rows[0] ?? null;
}
