/**
 * The permission table: for each operation, the relations to the resource that may perform it.
 * One place, read by authorize() and by the authorization matrix tests.
 *
 * Relations: "anonymous" (not signed in), "user" (signed in, no tie to the resource's company),
 * "member" / "admin" (of the resource's company), "staff" (CCI staff, platform-wide).
 * Rules that depend on an object's state (a need's draft status…) sit in the domain, on top of this.
 */
export const RELATIONS = ["anonymous", "user", "member", "admin", "staff"] as const;
export type Relation = (typeof RELATIONS)[number];

const EVERYONE: Relation[] = ["anonymous", "user", "member", "admin", "staff"];
const SIGNED_IN: Relation[] = ["user", "member", "admin", "staff"];
const COMPANY: Relation[] = ["member", "admin"];

export const PERMISSIONS = {
  /** Public profile and directory entry of a signatory company. */
  "company:view-public": EVERYONE,
  /** Members list, verification state, private contact details. */
  "company:view-private": ["member", "admin", "staff"],
  "company:edit-profile": ["admin"],
  /** Invite colleagues, remove members, name admins (lib/accounts/team.ts keeps one admin at least). */
  "company:manage-members": ["admin"],
  /** Create and revoke the company's public API tokens (lib/api/): they act with the admin's rights, never more. */
  "company:manage-api": ["admin"],
  /** Create partner organisations (Cress, unions, chambers…) and name their staff; partner staff's own rights are in lib/partners/access.ts. */
  "partner:manage": ["staff"],
  /** Leave the company (the last admin cannot, see lib/accounts/team.ts). */
  "company:leave": COMPANY,
  "company:sign-charter": ["admin"],
  /** The company space ("Mon espace"): needs, answers, dashboard of one's company. */
  "company:use-space": COMPANY,
  "company:verify": ["staff"],
  "company:flag-large-buyer": ["staff"],
  "company:suspend": ["staff"],
  /** Pages of the CCI back-office. */
  "staff:access": ["staff"],
  "audit:view": ["staff"],
  "account:view-own": SIGNED_IN,

  // Needs. State rules (only drafts are edited, published needs are seen by verified companies…)
  // are in lib/needs/access.ts on top of these.
  "need:create": COMPANY,
  "need:edit": COMPANY,
  "need:submit": COMPANY,
  "need:delete": COMPANY,
  "need:cancel": COMPANY,
  /** Shortlist answers, award a closed need or declare it unsuccessful (staff read, never decide: lib/needs/access.ts). */
  "need:award": COMPANY,
  /** Reply to suppliers' questions on one's need, privately or published (staff read, never reply). */
  "need:answer-questions": COMPANY,
  /** Invite suppliers to answer, see the suggested suppliers of one's own need. */
  "need:invite": COMPANY,
  /** A draft (or a need sent back for changes) is private to its company. */
  "need:view-draft": COMPANY,
  /** A need under review or rejected: its company and the moderators. */
  "need:view-in-review": ["member", "admin", "staff"],
  /** A published need: any signed-in member of a verified company, and staff. */
  "need:view-published": SIGNED_IN,
  /** Every published need (the opportunities pages) without a verified company of one's own: the CCI. */
  "need:browse-all": ["staff"],

  // Answers. Who reads what of an answer (author, partner, buyer) is in lib/answers/access.ts.
  /** Every answer, read-only (the CCI; no service lets staff act for a company). */
  "answer:view-any": ["staff"],

  // Offers.
  "offer:create": COMPANY,
  "offer:edit": COMPANY,
  "offer:submit": COMPANY,
  "offer:view-unpublished": ["member", "admin", "staff"],

  // Moderation (companies, needs, offers).
  "moderation:decide": ["staff"],

  // Matching.
  /** The ranked suppliers of a need: its company, and staff (not for drafts, see lib/matching/service.ts). */
  "need:view-matches": ["member", "admin", "staff"],
  /** Publish a new version of the matching weights. */
  "matching:configure": ["staff"],

  // Dashboards and exports.
  /** "Mon tableau de bord": the purchases of one's own company, and the exports of its tables. */
  "dashboard:buyer": COMPANY,
  /** Territory statistics of the CCI, and the exports of platform-wide needs and awards. */
  "dashboard:territory": ["staff"],
  /** The export of every company (with contact details): staff only. */
  "export:companies": ["staff"],

  // Business meetings (lib/events/): staff run events and schedules; a company registers and books for itself.
  "event:manage": ["staff"],
  "event:register": COMPANY,

  // Open innovation and skills sponsorship (lib/challenges/, lib/skills/). State rules (drafts, NDA, whose
  // application) are in each domain's access.ts on top of these.
  /** Post, edit, submit and cancel a challenge of one's company; shortlist, question and select its applicants. */
  "challenge:post": COMPANY,
  /** The applications of a challenge: its company and staff (an applicant sees only its own, lib/challenges/access.ts). */
  "challenge:view-applications": ["member", "admin", "staff"],
  /** Accept a challenge's NDA and apply for one's company. */
  "challenge:apply": COMPANY,
  /** Offer an expert, request a skill, withdraw them, propose a pairing, log a mission's weeks and review it, for one's company. */
  "skills:post": COMPANY,
  /** Validate or refuse a proposed pairing (the CCI). */
  "skills:validate": ["staff"],
} as const satisfies Record<string, readonly Relation[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isAllowed(permission: Permission, relations: readonly Relation[]): boolean {
  const allowed = PERMISSIONS[permission] as readonly Relation[];
  return relations.some((r) => allowed.includes(r));
}
