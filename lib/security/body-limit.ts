/**
 * The one size rule for request bodies: a need carries up to 5 attachments of 10 MB (lib/needs/service.ts,
 * lib/files/check-upload.ts) and its form fields, so every form post up to 55 MB must reach its action whole.
 * next.config.mjs cannot import TypeScript and repeats MAX_REQUEST_BODY as "55mb" twice (server actions'
 * bodySizeLimit, the proxy's body clone limit); tests/unit/security-headers.test.ts checks they agree.
 */
export const MAX_REQUEST_BODY = "55mb";
export const MAX_REQUEST_BODY_BYTES = 55 * 1024 * 1024; // "55mb" as Next.js reads it (bytes: 1 mb = 1024²)

export const BODY_TOO_LARGE_MESSAGE = "Envoi refusé : l'ensemble des fichiers dépasse 55 Mo. Retirez ou allégez des pièces jointes, puis réessayez.";
