/** The pure parts of webhooks: the signature receivers check, and which addresses count as internal (SSRF). */
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, signWebhook, verifyWebhook, webhookSecretPrefix } from "@/lib/webhooks/signature";
import { isInternalAddress } from "@/lib/webhooks/url";

describe("webhook signature", () => {
  const secret = "whsec_test";
  const id = "2f1c0c1e-8d0a-4a55-9d51-0b7c3c7f3a10";
  const body = '{"type":"answer.received"}';
  const now = 1_790_000_000_000;
  const ts = now / 1000;

  it("is v1= and the hex HMAC-SHA256 of id.timestamp.body with the secret as issued", () => {
    expect(signWebhook(secret, id, ts, body)).toBe(`v1=${createHmac("sha256", "whsec_test").update(`${id}.${ts}.${body}`).digest("hex")}`);
  });

  it("verifies the genuine request only: another body, id, secret or an old timestamp fail", () => {
    const headers = { id, timestamp: String(ts), signature: signWebhook(secret, id, ts, body) };
    expect(verifyWebhook(secret, headers, body, now)).toBe(true);
    // several signatures, space-separated (a future rotation): one match suffices
    expect(verifyWebhook(secret, { ...headers, signature: `v1=00 ${headers.signature}` }, body, now)).toBe(true);
    expect(verifyWebhook(secret, headers, `${body} `, now)).toBe(false);
    expect(verifyWebhook(secret, { ...headers, id: "autre" }, body, now)).toBe(false);
    expect(verifyWebhook("whsec_autre", headers, body, now)).toBe(false);
    expect(verifyWebhook(secret, headers, body, now + 6 * 60_000)).toBe(false);
    expect(verifyWebhook(secret, { ...headers, timestamp: "abc" }, body, now)).toBe(false);
  });

  it("issues distinct secrets and shows only their prefix", () => {
    const [a, b] = [newWebhookSecret(), newWebhookSecret()];
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(a).not.toBe(b);
    expect(webhookSecretPrefix(a)).toBe(a.slice(0, 10));
  });
});

describe("internal addresses", () => {
  it.each([
    "127.0.0.1",
    "10.0.0.8",
    "172.20.1.1",
    "192.168.0.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "[::1]",
    "fd00::1",
    "fe80::1",
    "::ffff:10.0.0.1",
  ])("%s is internal", (ip) => {
    expect(isInternalAddress(ip)).toBe(true);
  });
  it.each(["8.8.8.8", "172.32.0.1", "2a01:cb00::1", "::ffff:8.8.8.8", "erp.exemple.fr"])("%s is not", (ip) => {
    expect(isInternalAddress(ip)).toBe(false);
  });
});
