/** Commune and EPCI suggestions for perimeter lists. Public reference data, so no authentication. */
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { searchAreas } from "@/db/queries/reference";
import { territoryConfig } from "@/lib/config/territory";

const ZQuery = z.object({ q: z.string().trim().max(80).default("") });

export async function GET(request: NextRequest) {
  const parsed = ZQuery.safeParse({ q: request.nextUrl.searchParams.get("q") ?? undefined });
  if (!parsed.success) return NextResponse.json({ error: "Requête invalide." }, { status: 400 });
  const items = await searchAreas(getDb(), parsed.data.q, territoryConfig().epciCode);
  return NextResponse.json({ items }, { headers: { "Cache-Control": "public, max-age=3600" } });
}
