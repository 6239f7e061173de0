"use client";
/**
 * Two steps: "Vérifier" uploads the file to the preview route (XMLHttpRequest, for upload progress) and
 * shows each row's errors; "Créer N brouillons" sends the same File again to the server action, which
 * re-validates everything: the preview is a courtesy, not a proof.
 */
import { startTransition, useActionState, useState } from "react";
import { initialFormState } from "@/lib/actions/client-state";
import { formatMegabytes, MAX_IMPORT_BYTES } from "@/lib/files/limits";
import type { ImportPreviewView } from "@/lib/needs/import/service";
import { FieldError, FormAlert } from "@/app/_components/form-parts";
import { importPlanAction } from "./actions";
import { PreviewTable } from "./preview-table";

type Phase = "idle" | "uploading" | "validating" | "done";

const fr = (n: number) => n.toLocaleString("fr-FR");
const plural = (n: number, one: string, many: string) => `${fr(n)} ${n > 1 ? many : one}`;

export function ImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState(0);
  const [preview, setPreview] = useState<ImportPreviewView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [skip, setSkip] = useState(false);
  const [state, dispatch, importing] = useActionState(importPlanAction, initialFormState);

  function choose(e: React.ChangeEvent<HTMLInputElement>) {
    setFile(e.target.files?.[0] ?? null);
    setPreview(null);
    setError(null);
    setSkip(false);
    setPhase("idle");
  }

  function check(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return setError("Choisissez un fichier CSV ou Excel (.xlsx).");
    setError(null);
    setPreview(null);
    setProgress(0);
    setPhase("uploading");
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/besoins/import/preview");
    xhr.responseType = "json";
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable) setProgress(Math.round((ev.loaded / ev.total) * 100));
    };
    // Upload done: the server now parses and checks every row, which has no measurable progress.
    xhr.upload.onload = () => setPhase("validating");
    xhr.onload = () => {
      if (xhr.status === 200 && xhr.response) {
        setPreview(xhr.response as ImportPreviewView);
        setPhase("done");
      } else {
        // Refusals are problem details (lib/http/problem.ts): `detail` is the French sentence.
        setError((xhr.response as { detail?: string } | null)?.detail ?? "La vérification a échoué. Réessayez.");
        setPhase("idle");
      }
    };
    xhr.onerror = () => {
      setError("Le fichier n'a pas pu être envoyé : vérifiez votre connexion et réessayez.");
      setPhase("idle");
    };
    const body = new FormData();
    body.append("file", file);
    xhr.send(body);
  }

  function create(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return;
    const body = new FormData();
    body.append("file", file);
    if (skip) body.append("skipInvalid", "on");
    startTransition(() => dispatch(body));
  }

  const busy = phase === "uploading" || phase === "validating";
  const announcement =
    phase === "uploading"
      ? "Envoi du fichier…"
      : phase === "validating"
        ? "Vérification du fichier en cours…"
        : preview && preview.fileErrors.length
          ? "Vérification : le fichier ne peut pas être importé."
          : preview
            ? `Vérification : ${plural(preview.total, "ligne", "lignes")}, ${fr(preview.invalid)} en erreur`
            : "";
  const canCreate = preview !== null && preview.fileErrors.length === 0 && preview.valid > 0 && (preview.invalid === 0 || skip);

  return (
    <div className="import">
      <form className="form card" onSubmit={check} noValidate>
        <div className="field">
          <label htmlFor="f-file">
            Fichier du plan d&apos;achats <span aria-hidden="true">*</span>
          </label>
          <span id="f-file-hint" className="hint">
            CSV ou Excel (.xlsx), {formatMegabytes(MAX_IMPORT_BYTES)} au plus.
          </span>
          <input
            id="f-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={choose}
            aria-describedby={error ? "f-file-hint f-file-error" : "f-file-hint"}
            aria-invalid={error ? true : undefined}
          />
          <FieldError id="f-file-error" error={error ?? undefined} />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy || importing}>
            {busy ? "Vérification…" : "Vérifier le fichier"}
          </button>
        </div>
        {phase === "uploading" ? (
          <div className="import-progress">
            <label htmlFor="upload-progress">Envoi du fichier : {progress} %</label>
            <progress id="upload-progress" max={100} value={progress}>
              {progress} %
            </progress>
          </div>
        ) : null}
        {phase === "validating" ? (
          <div className="import-progress">
            <label htmlFor="validate-progress">Vérification des lignes en cours…</label>
            <progress id="validate-progress" />
          </div>
        ) : null}
      </form>

      <p role="status" aria-live="polite" className="import-summary" data-testid="import-summary">
        {announcement}
      </p>

      {preview && preview.fileErrors.length ? (
        <div className="alert alert--error" role="alert">
          <p>
            <strong>Le fichier « {preview.fileName} » ne peut pas être importé :</strong>
          </p>
          <ul>
            {preview.fileErrors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {preview && preview.fileErrors.length === 0 ? (
        <>
          <PreviewTable preview={preview} />
          <form className="form card import-confirm" onSubmit={create}>
            <FormAlert state={state} />
            {preview.invalid > 0 ? (
              <label className="checkbox">
                <input type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} />
                <span>Ignorer les lignes en erreur ({fr(preview.invalid)})</span>
              </label>
            ) : null}
            {preview.invalid > 0 && !skip ? (
              <p className="muted">Corrigez le fichier puis vérifiez-le à nouveau, ou cochez la case pour ne créer que les lignes correctes.</p>
            ) : null}
            <div className="actions" style={{ marginTop: 0 }}>
              <button type="submit" className="button" disabled={!canCreate || importing}>
                {importing ? "Création des brouillons…" : `Créer ${plural(preview.valid, "brouillon", "brouillons")}`}
              </button>
              {importing ? <progress aria-label="Création des brouillons en cours" /> : null}
            </div>
          </form>
        </>
      ) : null}
    </div>
  );
}
