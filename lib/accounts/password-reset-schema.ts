/** The « mot de passe oublié » forms. */
import { z } from "../validation/zod";
import { zEmail, zNewPassword } from "./fields";

export const ZPasswordResetRequest = z.object({ email: zEmail() }).strict();

export const ZNewPasswordInput = z.object({ password: zNewPassword() }).strict();
