/** The team forms: an invitation, and the account an invited colleague creates. */
import { z, zOptionalText, zText } from "../validation/zod";
import { zEmail, zNewPassword } from "./fields";

export const ZInviteInput = z
  .object({
    email: zEmail(),
    role: z.enum(["member", "admin"], { error: "Choisissez un rôle." }).default("member"),
  })
  .strict();

export const ZInvitationAccountInput = z
  .object({
    firstName: zText("Le prénom", 1, 100),
    lastName: zText("Le nom", 1, 100),
    jobTitle: zOptionalText(120),
    password: zNewPassword(),
  })
  .strict();

export const ZMemberInput = z.object({ userId: z.uuid({ error: "Membre inconnu : rechargez la page." }) }).strict();
export const ZRoleInput = z
  .object({
    userId: z.uuid({ error: "Membre inconnu : rechargez la page." }),
    role: z.enum(["member", "admin"], { error: "Choisissez un rôle." }),
  })
  .strict();
export const ZInvitationIdInput = z.object({ invitationId: z.uuid({ error: "Invitation inconnue : rechargez la page." }) }).strict();
