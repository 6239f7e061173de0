/** Where a staff SIRENE import stands (JSON, polled every 2 s by /cci/sirene). Staff only. */
import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { readImportStatus } from "@/lib/sirene/status";
import { z } from "@/lib/validation/zod";

const json = (body: unknown, status = 200) => NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return json({ error: "Connectez-vous pour continuer." }, 401);
  if (!can(actor, "staff:access")) return json({ error: "Réservé à l'équipe de la CCI." }, 403);
  const id = z.uuid().safeParse((await params).id);
  const status = id.success ? await readImportStatus(getDb(), id.data) : null;
  return status ? json(status) : json({ error: "Import introuvable." }, 404);
}
