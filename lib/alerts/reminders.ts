/** Invited suppliers who have not answered get one reminder three days before the deadline. */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { formatDate } from "../format";
import { queueEmail } from "../mail/queue-email";
import { renderEmail } from "../mail/render";

type ReminderRow = { invitation_id: string; need_id: string; title: string; deadline: Date; user_id: string; email: string; first_name: string };

export async function remindInvitedSuppliers(db: Db, now = new Date(), daysBefore = 3): Promise<number> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.execute<ReminderRow>(sql`
      with due as (
        update need_invitations i set reminder_sent_at = ${now.toISOString()}::timestamptz
        from needs n
        where n.id = i.need_id and n.status = 'published' and i.reminder_sent_at is null and i.answered_at is null
          and i.status in ('sent', 'opened', 'interested')
          and n.response_deadline > ${now.toISOString()}::timestamptz
          and n.response_deadline <= ${now.toISOString()}::timestamptz + make_interval(days => ${daysBefore})
        returning i.id, i.need_id, i.company_id, n.title, n.response_deadline)
      select d.id as invitation_id, d.need_id, d.title, d.response_deadline as deadline, u.id as user_id, u.email, u.first_name
      from due d join memberships m on m.company_id = d.company_id and m.role = 'admin' join users u on u.id = m.user_id`);
    for (const r of rows) {
      const subject = `Rappel : réponses attendues avant le ${formatDate(r.deadline)}`;
      const { html, text } = renderEmail({
        title: subject,
        paragraphs: [
          `Bonjour ${r.first_name},`,
          `Vous avez été invité à répondre au besoin « ${r.title} ». Les réponses sont attendues jusqu'au ${formatDate(r.deadline)}.`,
        ],
        action: { label: "Voir le besoin", url: `/besoins/${r.need_id}` },
      });
      await queueEmail(tx, { to: r.email, toUserId: r.user_id, template: "invitation.reminder", subject, text, html });
    }
    return rows.length;
  });
}
