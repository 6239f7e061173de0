import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db";
import { pendingInvitations, teamOf } from "@/lib/accounts/team";
import { can } from "@/lib/auth/actor";
import { requireCompanyMember } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format";
import { cancelInvitationAction, inviteAction, leaveAction, removeMemberAction, setRoleAction } from "./actions";
import { ButtonForm, InviteForm } from "./team-forms";

export const metadata: Metadata = { title: "Équipe" };

export default async function TeamPage({ searchParams }: { searchParams: Promise<{ bienvenue?: string }> }) {
  const { actor, company: membership } = await requireCompanyMember("company:view-private");
  const companyId = membership.companyId;
  const canManage = can(actor, "company:manage-members", { companyId });
  const db = getDb();
  const [team, invitations] = await Promise.all([teamOf(db, companyId), canManage ? pendingInvitations(db, companyId) : Promise.resolve([])]);
  const admins = team.filter((m) => m.role === "admin").length;
  const { bienvenue } = await searchParams;

  return (
    <div className="page">
      {bienvenue ? (
        <div className="alert alert--ok" role="status" style={{ marginBottom: "1.5rem" }}>
          Bienvenue dans l&apos;équipe de {membership.companyName} !
        </div>
      ) : null}
      <div className="page-header">
        <h1>Équipe</h1>
        <p>
          {membership.companyName} · les personnes qui utilisent Circuit Court pour l&apos;entreprise. <Link href="/mon-entreprise">Fiche entreprise</Link>
        </p>
      </div>

      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">Membres ({team.length})</h2>
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Membres de l'équipe (défilement horizontal possible)">
          <table>
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Adresse e-mail</th>
                <th scope="col">Rôle</th>
                <th scope="col">Depuis</th>
                {canManage ? <th scope="col">Actions</th> : null}
              </tr>
            </thead>
            <tbody>
              {team.map((m) => {
                const self = m.userId === actor.userId;
                const name = `${m.firstName} ${m.lastName}`;
                return (
                  <tr key={m.userId} data-testid="team-member">
                    <td>
                      {name}
                      {self ? <span className="muted"> (vous)</span> : null}
                      {m.jobTitle ? (
                        <>
                          <br />
                          <span className="muted">{m.jobTitle}</span>
                        </>
                      ) : null}
                    </td>
                    <td>
                      {m.email}
                      {m.emailVerifiedAt ? null : (
                        <>
                          <br />
                          <span className="badge badge--warn">Adresse non confirmée</span>
                        </>
                      )}
                    </td>
                    <td>{m.role === "admin" ? "Administrateur" : "Membre"}</td>
                    <td>{formatDate(m.joinedAt)}</td>
                    {canManage ? (
                      <td>
                        {self ? null : (
                          <>
                            {m.role === "member" ? (
                              <ButtonForm action={setRoleAction} fields={{ userId: m.userId, role: "admin" }} label="Nommer administrateur" secondary />
                            ) : (
                              <ButtonForm
                                action={setRoleAction}
                                fields={{ userId: m.userId, role: "member" }}
                                label="Retirer le rôle d'administrateur"
                                secondary
                              />
                            )}{" "}
                            <ButtonForm
                              action={removeMemberAction}
                              fields={{ userId: m.userId }}
                              label={`Retirer ${name}`}
                              confirm={`Retirer ${name} de l'équipe ? Cette personne n'aura plus accès à l'espace de l'entreprise.`}
                            />
                          </>
                        )}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      {canManage ? (
        <div className="grid grid--2" style={{ marginTop: "1rem" }}>
          <section className="card" aria-labelledby="invite-title">
            <h2 id="invite-title">Inviter un collègue</h2>
            <p className="muted">Votre collègue reçoit un lien, valable 7 jours, pour créer son compte ou rejoindre l&apos;équipe avec le sien.</p>
            <InviteForm action={inviteAction} />
          </section>
          <section className="card" aria-labelledby="pending-title">
            <h2 id="pending-title">Invitations en attente ({invitations.length})</h2>
            {invitations.length === 0 ? (
              <p className="muted">Aucune invitation en attente.</p>
            ) : (
              <ul>
                {invitations.map((i) => (
                  <li key={i.id} data-testid="pending-invitation">
                    {i.email} —{" "}
                    <span className="muted">
                      {i.role === "admin" ? "administrateur" : "membre"}, valable jusqu&apos;au {formatDate(i.expiresAt)}
                    </span>{" "}
                    <ButtonForm action={cancelInvitationAction} fields={{ invitationId: i.id }} label={`Annuler l'invitation de ${i.email}`} secondary />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      ) : null}

      <section className="card" style={{ marginTop: "1rem" }} aria-labelledby="leave-title">
        <h2 id="leave-title">Quitter l&apos;entreprise</h2>
        {membership.role === "admin" && admins <= 1 ? (
          <p className="muted">Vous êtes le seul administrateur : pour quitter l&apos;entreprise, nommez d&apos;abord un autre administrateur.</p>
        ) : (
          <>
            <p className="muted">Vous n&apos;aurez plus accès à l&apos;espace de {membership.companyName}. Votre compte reste actif.</p>
            <ButtonForm
              action={leaveAction}
              fields={{}}
              label="Quitter l'entreprise"
              secondary
              confirm={`Quitter ${membership.companyName} ? Il faudra une nouvelle invitation pour revenir.`}
            />
          </>
        )}
      </section>
    </div>
  );
}
