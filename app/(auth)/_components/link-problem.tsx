/** The page a single-use link answers when it no longer works: what happened, and what to do now. */
import Link from "next/link";
import type { TokenProblem } from "@/lib/accounts/tokens";

type Kind = "reset" | "verify" | "invite";

const TITLES: Record<TokenProblem, string> = {
  used: "Ce lien a déjà servi",
  expired: "Ce lien a expiré",
  unknown: "Ce lien ne fonctionne pas",
};

const WHY: Record<TokenProblem, string> = {
  used: "Chaque lien envoyé par e-mail ne fonctionne qu'une seule fois, et celui-ci a déjà été utilisé (ou remplacé par un lien plus récent).",
  expired: "Par sécurité, les liens envoyés par e-mail ne fonctionnent que pendant une durée limitée, et celui-ci a dépassé la sienne.",
  unknown: "Ce lien est incomplet ou inconnu : vérifiez qu'il a été copié en entier depuis l'e-mail.",
};

const NEXT: Record<Kind, React.ReactNode> = {
  reset: (
    <>
      Demandez un nouveau lien depuis la page <Link href="/mot-de-passe-oublie">« Mot de passe oublié ? »</Link> ; il vous parviendra en quelques instants.
    </>
  ),
  verify: (
    <>
      Si votre adresse n&apos;est pas encore confirmée, <Link href="/connexion">connectez-vous</Link> : un bandeau vous propose de recevoir un nouveau lien.
    </>
  ),
  invite: <>Demandez à l&apos;administrateur de l&apos;entreprise de vous inviter à nouveau depuis « Mon entreprise › Équipe ».</>,
};

export function LinkProblem({ problem, kind }: { problem: TokenProblem; kind: Kind }) {
  return (
    <div className="page page--narrow">
      <div className="page-header">
        <h1>{TITLES[problem]}</h1>
      </div>
      <div className="card" data-testid="link-problem">
        <p>{WHY[problem]}</p>
        <p>{NEXT[kind]}</p>
      </div>
    </div>
  );
}

export const TOKEN_MESSAGES: Record<TokenProblem, string> = {
  used: "Ce lien a déjà servi : demandez-en un nouveau.",
  expired: "Ce lien a expiré : demandez-en un nouveau.",
  unknown: "Ce lien ne fonctionne pas : vérifiez qu'il a été copié en entier.",
};
