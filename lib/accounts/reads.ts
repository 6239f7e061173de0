/** Reads behind the account pages: a user by e-mail (invitations), the charter in force (sign-up). */
export { findUserByEmail } from "@/db/queries/users";
export { latestCharter } from "@/db/reference/charter";
