import { afterEach, describe, expect, it } from "vitest";
import { absoluteUrl, renderEmail } from "@/lib/mail/render";

const base = { title: "Votre besoin est publié", paragraphs: ["Bonjour Lucie,", "Votre besoin « Nettoyage » est en ligne."] };

afterEach(() => {
  delete process.env.APP_URL;
});

describe("renderEmail", () => {
  it("escapes content in the HTML part and keeps it readable in the text part", () => {
    const { html, text } = renderEmail({ ...base, title: "Tom & Jerry", paragraphs: ['<script>alert("x")</script>'] });
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("Tom &amp; Jerry");
    expect(text).toContain('<script>alert("x")</script>');
  });

  it("is a French HTML document with a text part holding every paragraph and the action's absolute URL", () => {
    process.env.APP_URL = "https://circuit-court.example";
    const { html, text } = renderEmail({ ...base, preheader: "Aperçu", action: { label: "Voir le besoin", url: "/besoins/42?x=1&y=2" } });
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).toContain('href="https://circuit-court.example/besoins/42?x=1&amp;y=2"');
    for (const p of base.paragraphs) expect(text).toContain(p);
    expect(text).toContain("Voir le besoin : https://circuit-court.example/besoins/42?x=1&y=2");
    expect(text).not.toContain("Aperçu");
  });

  it("adds a « Se désabonner » link to both parts only when an unsubscribe URL is given", () => {
    const withLink = renderEmail({ ...base, unsubscribeUrl: "/desabonnement?jeton=a&b" });
    expect(withLink.html).toContain("Se désabonner</a>");
    expect(withLink.text).toContain("Se désabonner : http://localhost:3000/desabonnement?jeton=a&b");
    expect(withLink.unsubscribeUrl).toBe("http://localhost:3000/desabonnement?jeton=a&b");

    const without = renderEmail(base);
    expect(without.html).not.toContain("désabonner");
    expect(without.text).not.toContain("désabonner");
    expect(without.unsubscribeUrl).toBeNull();
  });

  it("refuses non-web links", () => {
    expect(() => absoluteUrl("javascript:alert(1)")).toThrow();
    expect(() => renderEmail({ ...base, action: { label: "x", url: "javascript:alert(1)" } })).toThrow();
  });
});
