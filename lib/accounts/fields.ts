/** Fields the account forms share (sign-in, sign-up, reset, invitations), on the shared text helpers. */
import { passwordProblem } from "../auth/password-policy";
import { z, zString, zText } from "../validation/zod";

/** A required e-mail address, trimmed and lower-cased (accounts are found case-insensitively). */
export const zEmail = (message = "Adresse e-mail invalide (exemple : prenom.nom@entreprise.fr).") =>
  zText("L'adresse e-mail", 1, 254).toLowerCase().pipe(z.email(message));

/** A new password, checked against the policy shown to users. Never trimmed: spaces count. */
export const zNewPassword = () =>
  zString({ error: "Le mot de passe est obligatoire." }).superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
