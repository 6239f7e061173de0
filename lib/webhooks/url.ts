/**
 * Which URLs a webhook may target. Forms accept https:// only; plain http:// only to this machine
 * (localhost, 127.0.0.1, [::1]) outside production, so tests and local development can run a receiver.
 * In production a target on a loopback, private, link-local or otherwise internal address is refused
 * (SSRF): when the URL is saved if the host is such an address, and at each delivery after DNS, on the
 * address the connection really uses (`safeLookup`), so a name that later resolves inside is refused too.
 * WEBHOOKS_ALLOW_PRIVATE=1 lifts both rules in production (a staging box whose receivers are local).
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function privateTargetsAllowed(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.WEBHOOKS_ALLOW_PRIVATE === "1";
}

const internal = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  internal.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  internal.addSubnet(net, bits, "ipv6");

/** True for an IP address (v4, v6, v4-mapped v6) that is not on the public Internet. */
export function isInternalAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, "");
  const family = isIP(ip);
  if (family === 4) return internal.check(ip, "ipv4");
  if (family !== 6) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return internal.check(mapped[1], "ipv4");
  return internal.check(ip, "ipv6");
}

/** The French reason a URL cannot be a webhook target, or null when it can. */
export function webhookUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Saisissez une adresse complète, commençant par https://.";
  }
  if (url.username || url.password) return "L'adresse ne doit pas contenir d'identifiant ni de mot de passe.";
  const host = url.hostname.toLowerCase();
  if (url.protocol === "http:") {
    return privateTargetsAllowed() && LOCAL_HOSTS.has(host) ? null : "L'adresse doit commencer par https:// (connexion chiffrée).";
  }
  if (url.protocol !== "https:") return "L'adresse doit commencer par https:// (connexion chiffrée).";
  if (!privateTargetsAllowed() && (LOCAL_HOSTS.has(host) || isInternalAddress(host) || host.endsWith(".localhost"))) {
    return "Cette adresse désigne un réseau interne : indiquez une adresse joignable sur Internet.";
  }
  return null;
}

/** A DNS lookup for deliveries that refuses internal addresses in production (see the module comment). */
export const safeLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, "", 0);
    const allowed = privateTargetsAllowed() ? addresses : addresses.filter((a) => !isInternalAddress(a.address));
    if (allowed.length === 0) {
      return callback(Object.assign(new Error(`${hostname} désigne une adresse interne : envoi refusé.`), { code: "EINTERNAL" }), "", 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, allowed);
    callback(null, allowed[0].address, allowed[0].family);
  });
};
