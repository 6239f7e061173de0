/**
 * Whether Auth.js marks its cookies Secure (and names them __Secure-/__Host-). Auth.js guesses from the
 * URL of each request, which is http when a TLS proxy forwards plain HTTP without X-Forwarded-Proto, and
 * ignores APP_URL. We decide from the public address (AUTH_URL, else APP_URL) or, behind a trusted proxy,
 * from X-Forwarded-Proto. Otherwise we leave Auth.js's own guess, so dev over http keeps working.
 */
export function secureCookiesFor(env: Record<string, string | undefined>, headers: Headers | null): true | undefined {
  const publicUrl = env.AUTH_URL || env.NEXTAUTH_URL || env.APP_URL;
  if (publicUrl?.trim().toLowerCase().startsWith("https://")) return true;
  if (env.TRUST_PROXY === "1" && headers?.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https") return true;
  return undefined;
}
