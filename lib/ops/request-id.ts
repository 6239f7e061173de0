/**
 * Request ids: proxy.ts gives every request one and passes it to the server code (request header) and
 * back to the client (response header), so a user's "error reference" and the log lines match.
 * An id coming from outside is kept only from a trusted reverse proxy (TRUST_PROXY=1, e.g. nginx's
 * $request_id), so that the proxy's access log and ours share it; anyone else could forge ids to
 * confuse the logs, so theirs are replaced.
 */
export const REQUEST_ID_HEADER = "x-request-id";

/** Letters, digits and a few separators, 8–128 characters: what nginx, ELB and UUIDs produce. */
const VALID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFor(incoming: string | null, trustProxy: boolean): string {
  if (trustProxy && incoming && VALID.test(incoming)) return incoming;
  return crypto.randomUUID();
}

/** The id of the current request, read from headers that went through proxy.ts (null outside a request). */
export function requestIdOf(headers: Headers): string | null {
  const id = headers.get(REQUEST_ID_HEADER);
  return id && VALID.test(id) ? id : null;
}
