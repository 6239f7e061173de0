/**
 * Suggestions as you type, for every search page's box: the first few titles of an index, for those who may
 * search it (companies: anyone, as the directory; needs: verified companies; challenges: companies and staff;
 * skills posts: anyone signed in), each with the link it opens.
 */
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { maySearchChallenges } from "@/lib/challenges/access";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { mayBrowseOpportunities } from "@/lib/needs/viewer";
import { maySearchSkills } from "@/lib/skills/access";
import { getSearchEngine } from "@/search/index";
import { skillPostCards } from "./reads";

export const SUGGESTION_INDEXES = ["needs", "companies", "challenges", "skills"] as const;
export type SuggestionIndex = (typeof SUGGESTION_INDEXES)[number];
export interface Suggestion {
  id: string;
  label: string;
  href: string;
}

const stripMarks = (s: string) =>
  s
    .replace(/<\/?mark>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

async function mayRead(db: Db, actor: Actor | null, index: SuggestionIndex): Promise<boolean> {
  switch (index) {
    case "companies":
      return true;
    case "needs":
      return mayBrowseOpportunities(db, actor);
    case "challenges":
      return maySearchChallenges(actor);
    case "skills":
      return maySearchSkills(actor);
  }
}

/**
 * Refuses an index the actor may not search (UnauthenticatedError when signing in could help, else ForbiddenError);
 * SearchUnavailableError when the engine is down.
 */
export async function suggest(db: Db, actor: Actor | null, index: SuggestionIndex, text: string): Promise<Suggestion[]> {
  if (!(await mayRead(db, actor, index))) {
    if (!actor) throw new UnauthenticatedError();
    throw new ForbiddenError("Vous n'avez pas accès à cette recherche.");
  }
  const { hits } = await getSearchEngine().search({ index, text, pageSize: 6 });
  // A skills post opens at its place on /mecenat, which depends on its direction (an expert offered or a request).
  const skills =
    index === "skills"
      ? await skillPostCards(
          db,
          hits.map((h) => h.id),
        )
      : null;
  const href = (id: string): string | null => {
    switch (index) {
      case "needs":
        return `/besoins/${id}`;
      case "companies":
        return `/entreprises/${id}`;
      case "challenges":
        return `/defis/${id}`;
      case "skills": {
        const card = skills?.get(id);
        return card ? `/mecenat#${card.direction === "offer" ? "offre" : "demande"}-${id}` : null;
      }
    }
  };
  return hits.flatMap((h) => {
    const link = href(h.id);
    return link ? [{ id: h.id, label: stripMarks(h.titleHighlight), href: link }] : [];
  });
}
