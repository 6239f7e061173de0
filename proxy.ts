/**
 * The edge of the app, run before every page, action, route handler and API route (except the SIRENE
 * upload, see the matcher): refuses cross-site writes and oversized bodies, sets the security headers
 * (CSP with a fresh nonce for pages, lib/security/headers.ts), and passes the requested path to server
 * components (for the sign-in "next" link). It authorizes nothing: pages and services do.
 */
import { NextResponse, type NextRequest } from "next/server";
import { BODY_TOO_LARGE_MESSAGE, MAX_REQUEST_BODY_BYTES } from "@/lib/security/body-limit";
import { createNonce, requestIsHttps, responseKind, securityHeaders } from "@/lib/security/headers";
import { FOREIGN_ORIGIN_MESSAGE, originCheck, ownHost, trustsProxy } from "@/lib/security/origin";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/ops/request-id";
import { isWrite, READ_PRIMARY_HEADER, readPrimaryCookie } from "@/lib/ops/read-your-writes";

export function proxy(request: NextRequest) {
  const trustProxy = trustsProxy();
  const { pathname } = request.nextUrl;
  const kind = responseKind(pathname);
  const https = requestIsHttps(request.headers, trustProxy);
  const nonce = kind === "page" ? createNonce() : undefined;
  const headers = nonce
    ? securityHeaders({ kind: "page", nonce, dev: process.env.NODE_ENV === "development", https })
    : securityHeaders({ kind: "resource", https });

  // One id per request, for the server code's log lines (request header) and the client (response header).
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER), trustProxy);
  const refuse = (status: number, message: string) => {
    const response = new NextResponse(message, {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", [REQUEST_ID_HEADER]: requestId },
    });
    for (const [name, value] of Object.entries(securityHeaders({ kind: "resource", https }))) response.headers.set(name, value);
    return response;
  };
  const verdict = originCheck({ method: request.method, pathname, origin: request.headers.get("origin"), host: ownHost(request.headers, trustProxy) });
  if (verdict === "refuse") return refuse(403, FOREIGN_ORIGIN_MESSAGE);
  // Beyond the limit Next.js would hand the action a truncated body (a 500 and a lost form): say why instead.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BODY_BYTES) return refuse(413, BODY_TOO_LARGE_MESSAGE);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-pathname", pathname + request.nextUrl.search);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  // Next.js reads the nonce from the request's CSP and puts it on the scripts it renders.
  if (nonce) requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  // With a read replica, a write's own page and the visitor's next requests read from the primary.
  const readPrimary = Boolean(process.env.DATABASE_REPLICA_URL) && isWrite(request.method);
  if (readPrimary) requestHeaders.set(READ_PRIMARY_HEADER, "1");
  else requestHeaders.delete(READ_PRIMARY_HEADER);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (readPrimary) response.cookies.set(readPrimaryCookie());
  return response;
}

export const config = {
  // Everything but build assets and the SIRENE upload: the proxy buffers request bodies up to
  // MAX_REQUEST_BODY (next.config.mjs) and a SIRENE extract is far larger, so that route checks Origin itself.
  matcher: ["/((?!_next/|favicon|api/cci/sirene/upload).*)"],
};
