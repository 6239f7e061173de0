/**
 * GET /api/v1/needs/{id}/matches?limit=N — the stored ranking of a need's suppliers, with each score's
 * parts. Companies only (name, SIRET, commune): no personal data. For the need's company and CCI staff;
 * anyone else gets 404 (the need's existence does not leak), anonymous callers 401.
 */
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { getActor } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { matchesForNeed } from "@/lib/matching/service";
import { z } from "@/lib/validation/zod";

const ZLimit = z.coerce.number().int().min(1).max(200).catch(50);
const headers = { "Cache-Control": "private, no-store" };
const error = (status: number, message: string) => NextResponse.json({ error: message }, { status, headers });

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return error(404, "Besoin introuvable.");
  const limit = ZLimit.parse(request.nextUrl.searchParams.get("limit") ?? undefined);
  try {
    const result = await matchesForNeed(getDb(), await getActor(), id.data, { limit });
    return NextResponse.json({ ...result, computedAt: result.computedAt.toISOString() }, { headers });
  } catch (err) {
    if (err instanceof UnauthenticatedError) return error(401, "Authentification requise.");
    if (err instanceof ForbiddenError || err instanceof NotFoundError) return error(404, "Besoin introuvable.");
    throw err;
  }
}
