/**
 * The one size rule for request bodies: a need carries up to 5 attachments of 10 MB (lib/needs/service.ts,
 * lib/files/check-upload.ts) and its form fields, so every form post up to 55 MB must reach its action whole.
 * next.config.mjs cannot import TypeScript and repeats MAX_REQUEST_BODY as "55mb" twice (server actions'
 * bodySizeLimit, the proxy's body clone limit); tests/unit/security-headers.test.ts checks they agree.
 */
import { formatMegabytes } from "@/lib/files/limits";

export const MAX_REQUEST_BODY = "55mb";
export const MAX_REQUEST_BODY_BYTES = 55 * 1024 * 1024; // "55mb" as Next.js reads it (bytes: 1 mb = 1024²)

export const BODY_TOO_LARGE_MESSAGE = `Envoi refusé : l'ensemble des fichiers dépasse ${formatMegabytes(MAX_REQUEST_BODY_BYTES)}. Retirez ou allégez des pièces jointes, puis réessayez.`;
