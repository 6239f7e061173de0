import type { Metadata } from "next";
import { connection } from "next/server";
import "@fontsource-variable/inter";
import "./globals.css";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";
import { EmailVerificationBanner } from "./(auth)/_components/email-verification-banner";

export const metadata: Metadata = {
  title: { default: "Circuit Court — achats locaux entre entreprises", template: "%s · Circuit Court" },
  description: "La place de marché des achats locaux : les donneurs d'ordre publient leurs besoins, les TPE et PME du territoire y répondent.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: proxy.ts puts a fresh CSP nonce on each one, and a page prerendered at
  // build time would carry scripts without it, which the browser then refuses to run.
  await connection();
  return (
    <html lang="fr">
      <body>
        <a href="#contenu" className="skip-link">
          Aller au contenu
        </a>
        <SiteHeader />
        <EmailVerificationBanner />
        <main id="contenu" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
