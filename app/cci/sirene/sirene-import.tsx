"use client";
/**
 * Upload (XMLHttpRequest, for upload progress; the raw file as body so nothing is buffered on the way),
 * then follow the background import by polling its status every 2 s until it is done or failed.
 */
import { useActionState, useEffect, useState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { countOf, plural } from "@/lib/format";
import type { SireneImportStatus } from "@/lib/sirene/status";
import { FieldError, FormAlert } from "@/app/_components/form-parts";
import { resumeSireneImportAction } from "./actions";

const POLL_MS = 2000;
const fr = (n: number) => n.toLocaleString("fr-FR");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
const isLive = (s: SireneImportStatus | null) => s !== null && (s.status === "queued" || s.status === "running");

export function SireneImport({ initial, maxBytes }: { initial: SireneImportStatus | null; maxBytes: number }) {
  const [file, setFile] = useState<File | null>(null);
  const [uploadProgress, setUploadProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<SireneImportStatus | null>(initial);

  useEffect(() => {
    if (!status || !isLive(status)) return;
    const { id } = status;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/cci/sirene/${id}`, { cache: "no-store" });
        if (res.ok) setStatus((await res.json()) as SireneImportStatus);
        else setError("Le suivi de l'import a été interrompu : rechargez la page.");
      } catch {
        // a missed poll is retried at the next tick
        setStatus((s) => (s ? { ...s } : s));
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [status]);

  function send(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return setError("Choisissez un fichier CSV SIRENE.");
    if (file.size > maxBytes) return setError(`Le fichier pèse ${mb(file.size)} : ${mb(maxBytes)} au plus.`);
    setError(null);
    setStatus(null);
    setUploadProgress(0);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/cci/sirene/upload");
    xhr.responseType = "json";
    xhr.setRequestHeader("Content-Type", "text/csv");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable) setUploadProgress(Math.round((ev.loaded / ev.total) * 100));
    };
    xhr.onload = () => {
      setUploadProgress(null);
      // A refusal is problem details (lib/http/problem.ts): `detail` is the French sentence.
      const body = xhr.response as { id?: string; detail?: string } | null;
      if (xhr.status === 202 && body?.id) {
        // Reloading the page (or coming back later) shows this import again.
        window.history.replaceState(null, "", `/cci/sirene?import=${body.id}`);
        setStatus({ id: body.id, status: "queued", fileName: file.name, bytesTotal: file.size, bytesRead: 0 } as SireneImportStatus);
      } else {
        setError(body?.detail ?? "L'envoi a échoué. Réessayez.");
      }
    };
    xhr.onerror = () => {
      setUploadProgress(null);
      setError("Le fichier n'a pas pu être envoyé : vérifiez votre connexion et réessayez.");
    };
    xhr.send(file);
  }

  const busy = uploadProgress !== null || isLive(status);
  return (
    <div className="import">
      <form className="form card" onSubmit={send} noValidate>
        <div className="field">
          <label htmlFor="f-sirene">
            Extrait SIRENE des établissements (CSV) <span aria-hidden="true">*</span>
          </label>
          <span id="f-sirene-hint" className="hint">
            Format StockEtablissement de l&apos;INSEE, séparateur « , » ou « ; », encodé en UTF-8, {mb(maxBytes)} au plus.
          </span>
          <input
            id="f-sirene"
            name="file"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setError(null);
            }}
            aria-describedby={error ? "f-sirene-hint f-sirene-error" : "f-sirene-hint"}
            aria-invalid={error ? true : undefined}
          />
          <FieldError id="f-sirene-error" error={error ?? undefined} />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? "Import en cours…" : "Importer le fichier"}
          </button>
        </div>
        {uploadProgress !== null ? (
          <div className="import-progress">
            <label htmlFor="sirene-upload-progress">Envoi du fichier : {uploadProgress} %</label>
            <progress id="sirene-upload-progress" max={100} value={uploadProgress}>
              {uploadProgress} %
            </progress>
          </div>
        ) : null}
      </form>
      {status ? <ImportStatusView status={status} /> : null}
    </div>
  );
}

export function ImportStatusView({ status }: { status: SireneImportStatus }) {
  const percent = status.bytesTotal > 0 ? Math.min(100, Math.round((status.bytesRead / status.bytesTotal) * 100)) : 0;
  const counts =
    `${fr(status.read ?? 0)} lignes lues : ${fr(status.imported ?? 0)} créées, ${fr(status.updated ?? 0)} mises à jour, ` +
    `${fr(status.unchanged ?? 0)} inchangées, ${fr(status.rejectedCount ?? 0)} rejetées`;
  const announcement =
    status.status === "queued"
      ? `Import de « ${status.fileName} » en attente de démarrage…`
      : status.status === "running"
        ? `Import de « ${status.fileName} » : ${percent} % — ${counts}`
        : status.status === "done"
          ? `Import de « ${status.fileName} » terminé — ${counts}`
          : status.status === "interrupted"
            ? `Import de « ${status.fileName} » interrompu — ${counts}`
            : `L'import de « ${status.fileName} » a échoué.`;
  return (
    <section className="card" aria-labelledby="sirene-status-title">
      <h2 id="sirene-status-title">Import de « {status.fileName} »</h2>
      <p role="status" aria-live="polite" className="import-summary" data-testid="sirene-status">
        {announcement}
      </p>
      {status.status === "queued" && status.error ? <p className="muted">{status.error}</p> : null}
      {status.status === "queued" || status.status === "running" ? (
        <div className="import-progress">
          <label htmlFor="sirene-import-progress">Lecture du fichier : {percent} %</label>
          <progress id="sirene-import-progress" max={100} value={status.status === "running" ? percent : undefined}>
            {percent} %
          </progress>
        </div>
      ) : null}
      {status.status === "failed" ? (
        <div className="alert alert--error" role="alert">
          <p>{status.error}</p>
        </div>
      ) : null}
      {status.status === "interrupted" ? <ResumeImport status={status} /> : null}
      {status.status === "done" ? <Summary status={status} /> : null}
    </section>
  );
}

function Summary({ status }: { status: SireneImportStatus }) {
  const seconds = (status.durationMs ?? 0) / 1000;
  return (
    <>
      <div className="alert alert--ok">
        <p>
          {countOf(status.imported, "entreprise créée", "entreprises créées")} comme non-signataires, {fr(status.updated)}{" "}
          {plural(status.updated, "mise", "mises")} à jour
          {status.signatoriesRefreshed
            ? ` (dont ${countOf(status.signatoriesRefreshed, "signataire", "signataires")} : état, effectif et date SIRENE seulement)`
            : ""}
          , {fr(status.unchanged)} {plural(status.unchanged, "inchangée", "inchangées")}, {countOf(status.rejectedCount, "ligne rejetée", "lignes rejetées")} —{" "}
          {countOf(status.read, "ligne", "lignes")}
          en {seconds.toLocaleString("fr-FR", { maximumFractionDigits: 1 })} s.
        </p>
      </div>
      {status.rejectedCount > 0 ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label="Tableau (défilement horizontal possible)">
          <table>
            <caption>
              Lignes rejetées
              {status.rejectedCount > status.rejected.length ? ` : les ${fr(status.rejected.length)} premières sur ${fr(status.rejectedCount)}` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">Ligne</th>
                <th scope="col">SIRET</th>
                <th scope="col">Motifs</th>
              </tr>
            </thead>
            <tbody>
              {status.rejected.map((r) => (
                <tr key={r.line}>
                  <td>{r.line}</td>
                  <td>
                    <code>{r.siret || "—"}</code>
                  </td>
                  <td>{r.reasons.join(" ; ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

/** An import a crash interrupted: what happened, and the button that queues it again. */
function ResumeImport({ status }: { status: SireneImportStatus }) {
  const [state, resume, pending] = useActionState(resumeSireneImportAction, initialFormState);
  return (
    <>
      <div className="alert alert--error">
        <p>{status.error}</p>
      </div>
      <FormAlert state={state} />
      <form action={resume} className="actions">
        <input type="hidden" name="importId" value={status.id} />
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Reprise…" : "Reprendre l'import"}
        </button>
      </form>
    </>
  );
}
