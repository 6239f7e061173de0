/** Reads behind the staff e-mail pages (/cci/emails): the list, counts by status, one e-mail. */
export { emailCountsByStatus, findEmail, listEmails, type EmailStatus } from "@/db/queries/emails";
