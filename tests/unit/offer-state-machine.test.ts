import { describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/errors";
import {
  applyOfferEvent,
  canTransition,
  isDeletable,
  isEditable,
  OFFER_STATUSES,
  OFFER_STATUS_LABELS,
  OFFER_TRANSITIONS,
  type OfferEvent,
  type OfferStatus,
} from "@/lib/offers/state-machine";

const at = new Date("2026-03-02T09:00:00Z");

describe("offer state machine", () => {
  it("walks the happy path with a round of changes", () => {
    let status: OfferStatus = "draft";
    const steps: [OfferEvent, "company" | "staff", OfferStatus, string][] = [
      ["submit", "company", "submitted", "submittedAt"],
      ["request_changes", "staff", "changes_requested", "changesRequestedAt"],
      ["submit", "company", "submitted", "submittedAt"],
      ["approve", "staff", "published", "publishedAt"],
      ["archive", "company", "archived", "archivedAt"],
    ];
    for (const [event, by, to, stamp] of steps) {
      const change = applyOfferEvent(status, event, by, at);
      expect(change.status).toBe(to);
      expect(change).toHaveProperty(stamp, at);
      status = change.status;
    }
  });

  it("allows exactly the listed transitions, for the listed actors", () => {
    const allowed = new Set(Object.entries(OFFER_TRANSITIONS).flatMap(([event, t]) => t.from.flatMap((s) => t.by.map((by) => `${s}|${event}|${by}`))));
    expect([...allowed].sort()).toEqual([
      "changes_requested|submit|company",
      "draft|submit|company",
      "published|archive|company",
      "submitted|approve|staff",
      "submitted|reject|staff",
      "submitted|request_changes|staff",
    ]);
    for (const s of OFFER_STATUSES) {
      for (const event of Object.keys(OFFER_TRANSITIONS) as OfferEvent[]) {
        for (const by of ["company", "staff"] as const) {
          expect(canTransition(s, event, by), `${s} ${event} ${by}`).toBe(allowed.has(`${s}|${event}|${by}`));
        }
      }
    }
  });

  it("refuses a company approving its own offer and a second decision on a published one, in French", () => {
    expect(() => applyOfferEvent("submitted", "approve", "company", at)).toThrow(ConflictError);
    expect(() => applyOfferEvent("published", "reject", "staff", at)).toThrow(/l'offre est «\s?Publiée\s?»/);
    expect(() => applyOfferEvent("rejected", "submit", "company", at)).toThrow(ConflictError);
    expect(() => applyOfferEvent("archived", "archive", "company", at)).toThrow(ConflictError);
  });

  it("edits drafts and offers sent back for changes; deletes drafts only", () => {
    expect(OFFER_STATUSES.filter(isEditable)).toEqual(["draft", "changes_requested"]);
    expect(OFFER_STATUSES.filter(isDeletable)).toEqual(["draft"]);
  });

  it("labels every status in French", () => {
    for (const s of OFFER_STATUSES) expect(OFFER_STATUS_LABELS[s]).toMatch(/^[A-ZÉ]/);
    expect(OFFER_STATUS_LABELS.submitted).toBe("En attente de validation");
    expect(OFFER_STATUS_LABELS.published).toBe("Publiée");
  });
});
