/** The header's navigation: links grouped in one menu per area, by role, few enough to hold on one row. */
import { describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { currentItem, groupNav, navFor } from "../../lib/navigation";

const member: Actor = {
  userId: "u1",
  email: "a@b.fr",
  firstName: "A",
  lastName: "B",
  platformRole: "user",
  memberships: [{ companyId: "c1", companyName: "Menuiserie", role: "admin" }],
};
const staff: Actor = { userId: "u2", email: "c@d.fr", firstName: "C", lastName: "D", platformRole: "staff", memberships: [] };
const labels = (actor: Actor | null) => {
  const { links, menus } = groupNav(navFor(actor));
  return { links: links.map((l) => l.label), menus: menus.map((m) => m.label) };
};

describe("navigation", () => {
  it("groups a company member's pages in menus per area, with one link of its own", () => {
    expect(labels(member)).toEqual({ links: ["Tableau de bord"], menus: ["Acheter", "Vendre", "Mon entreprise", "Territoire"] });
    const vendre = groupNav(navFor(member)).menus.find((m) => m.label === "Vendre")!;
    expect(vendre.items.map((i) => i.label)).toEqual(["Opportunités", "Mes réponses", "Mes offres"]);
  });

  it("gives staff the CCI menu (with their notification preferences) and no company menus", () => {
    expect(labels(staff)).toEqual({ links: [], menus: ["CCI", "Territoire"] });
    const cci = groupNav(navFor(staff)).menus[0];
    expect(cci.items.map((i) => i.href)).toContain("/cci/statistiques");
    expect(cci.items.map((i) => i.href)).toContain("/cci/partenaires");
    expect(cci.items.map((i) => i.href)).toContain("/preferences-notification");
  });

  it("shows visitors the home page, the territory menu and the sign-up", () => {
    expect(labels(null)).toEqual({ links: ["Accueil", "Inscrire mon entreprise"], menus: ["Territoire"] });
  });

  it("shows « Accès API » in the company menu to its admins only", () => {
    const company = (actor: Actor) =>
      groupNav(navFor(actor))
        .menus.find((m) => m.label === "Mon entreprise")!
        .items.map((i) => i.label);
    expect(company(member)).toContain("Accès API");
    expect(company({ ...member, memberships: [{ ...member.memberships[0], role: "member" }] })).not.toContain("Accès API");
  });

  it("offers a partner network's staff their space: in the company menu, or as a link of its own without a company", () => {
    const lone: Actor = { ...member, memberships: [] };
    expect(
      groupNav(navFor(member, { partnerStaff: true }))
        .menus.find((m) => m.id === "company")!
        .items.map((i) => i.href),
    ).toContain("/partenaires");
    expect(groupNav(navFor(lone, { partnerStaff: true })).links.map((l) => l.href)).toEqual(["/partenaires", "/preferences-notification"]);
    expect(labels(lone)).toEqual({ links: ["Préférences de notification"], menus: ["Territoire"] });
    expect(navFor(member).map((i) => i.href)).not.toContain("/partenaires");
  });

  it("marks the deepest item the path belongs to", () => {
    const items = navFor(member);
    expect(currentItem(items, "/besoins/import")?.label).toBe("Importer un plan d'achats");
    expect(currentItem(items, "/besoins/123")?.label).toBe("Mes besoins");
    expect(currentItem(items, "/mon-entreprise/equipe")?.label).toBe("Équipe");
    expect(currentItem(items, "/inconnu")).toBeUndefined();
  });
});
