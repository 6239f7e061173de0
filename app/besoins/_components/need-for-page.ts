/**
 * What every page under /besoins/[id] starts with: the signed-in actor, the need, and how the actor
 * sees it. An unknown id, or a need the actor may not see, is "not found" (its existence does not leak).
 */
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db";
import { loadNeed } from "@/lib/needs/reads";
import { requireActor } from "@/lib/auth/guard";
import { resolveNeedViewer } from "@/lib/needs/viewer";
import { z } from "@/lib/validation/zod";

/** The signed-in actor and the need of the URL (404 for a malformed or unknown id); who may see it is the caller's rule. */
export async function needOfUrl(params: Promise<{ id: string }>) {
  const actor = await requireActor();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const loaded = await loadNeed(db, id.data);
  if (!loaded) notFound();
  return { actor, db, loaded };
}

export async function needForPage(params: Promise<{ id: string }>) {
  const { actor, db, loaded } = await needOfUrl(params);
  const n = loaded.need;
  const viewer = await resolveNeedViewer(db, actor, {
    companyId: n.companyId,
    status: n.status,
    visibility: n.visibility,
    companySuspended: Boolean(loaded.companySuspendedAt),
  });
  if (!viewer) notFound();
  return { actor, db, loaded, need: n, viewer };
}
