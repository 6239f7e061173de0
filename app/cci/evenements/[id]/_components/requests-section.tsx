/** The staff's view of an event's meeting requests: each with its veto, and a meeting added by hand between two accepted companies. */
import { REQUEST_STATUS_LABELS } from "@/lib/events/schemas";
import { ActionForm } from "@/app/evenements/_components/action-form";
import { addMeetingAction, vetoAction } from "../../actions";

interface Request {
  id: string;
  fromName: string;
  toName: string;
  status: keyof typeof REQUEST_STATUS_LABELS;
  mutual: boolean;
  origin: string;
}
interface Registration {
  id: string;
  name: string;
  role: string;
}

export function RequestsSection({ eventId: id, requests, accepted }: { eventId: string; requests: Request[]; accepted: Registration[] }) {
  return (
    <section aria-labelledby="demandes">
      <h2 id="demandes" className="section-title">
        Demandes de rendez-vous
      </h2>
      {requests.length === 0 ? (
        <p>Aucune demande.</p>
      ) : (
        <ul>
          {requests.map((r) => (
            <li key={r.id}>
              {r.fromName} → {r.toName} : {REQUEST_STATUS_LABELS[r.status]}
              {r.mutual ? " (des deux côtés)" : ""}
              {r.origin === "staff" ? " (ajouté par la CCI)" : ""}
              {r.status !== "vetoed" ? (
                <ActionForm
                  action={vetoAction.bind(null, id)}
                  submitLabel="Écarter"
                  secondary
                  accessibleSuffix={`${r.fromName} et ${r.toName}`}
                  className="decision-form"
                >
                  <input type="hidden" name="requestId" value={r.id} />
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {accepted.length >= 2 ? (
        <details className="card">
          <summary>Ajouter un rendez-vous</summary>
          <ActionForm action={addMeetingAction.bind(null, id)} submitLabel="Ajouter le rendez-vous">
            <RegistrationSelect id="m-buyer" name="buyerRegistrationId" label="Acheteur" options={accepted.filter((r) => r.role !== "supplier")} />
            <RegistrationSelect id="m-supplier" name="supplierRegistrationId" label="Fournisseur" options={accepted.filter((r) => r.role !== "buyer")} />
          </ActionForm>
        </details>
      ) : null}
    </section>
  );
}

/** One side of a meeting: the accepted registrations that may take that role. */
function RegistrationSelect({ id, name, label, options }: { id: string; name: string; label: string; options: Registration[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name}>
        {options.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
}
