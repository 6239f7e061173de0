import type { Metadata } from "next";
import { getDb } from "@/lib/db";
import { preferencesOf } from "@/lib/alerts/preferences";
import { requirePermission } from "@/lib/auth/guard";
import { PreferencesForm } from "./preferences-form";

export const metadata: Metadata = { title: "Préférences de notification" };

export default async function PreferencesPage() {
  const actor = await requirePermission("account:view-own");
  const prefs = await preferencesOf(getDb(), actor.userId);
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>Préférences de notification</h1>
        <p>
          Recevez les opportunités qui correspondent à votre entreprise — besoins d&apos;achat et, si vous le souhaitez, défis d&apos;innovation et mécénat de
          compétences — sans être submergé. Les e-mails liés à vos propres besoins et réponses (validation, questions, attribution) continuent d&apos;arriver.
        </p>
      </div>
      {prefs.unsubscribedAt ? (
        <div className="alert alert--info" role="note">
          Vous vous êtes désabonné des e-mails d&apos;opportunités. Choisissez une autre option pour les recevoir à nouveau.
        </div>
      ) : null}
      <div className="card">
        <PreferencesForm
          mode={prefs.mode}
          dailyCap={prefs.dailyCap}
          minScore={prefs.minScore}
          kinds={[...(prefs.challengeAlerts ? ["challenges"] : []), ...(prefs.skillAlerts ? ["skills"] : [])]}
        />
      </div>
    </div>
  );
}
