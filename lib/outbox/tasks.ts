/**
 * Every background task the worker knows, by name: the worker's list, imported by the worker alone. To add
 * one: write it with `defineTask(ZPayload, fn)` next to its domain (e.g. `closeNeedTask` in
 * lib/needs/closing.ts), register its name and payload there (`TaskPayloads`, lib/outbox/define-task.ts),
 * which `enqueueJob` checks, and add one line here (the type check fails until the two agree).
 */
import type { TaskList } from "graphile-worker";
import { requestPasswordResetTask, sendAccountLinkTask } from "@/lib/accounts/link-tasks";
import { followUpAwardsTask } from "@/lib/answers/follow-ups";
import { sendEmail } from "@/lib/mail/send-email";
import { closeExpiredNeedsTask, closeNeedTask } from "@/lib/needs/closing";
import { indexDocumentsTask } from "@/search/indexer";
import { alertNeedPublishedTask, dailyDigestTask, invitationRemindersTask } from "@/lib/alerts/tasks";
import { alertChallengePublishedTask } from "@/lib/challenges/alerts";
import { alertSkillPostPublishedTask } from "@/lib/skills/alerts";
import { importSireneTask } from "@/lib/sirene/task";
import { eventReminderTask } from "@/lib/events/reminders";
import { deliverWebhookTask } from "@/lib/webhooks/deliver";
import type { DefinedTask, TaskPayloads } from "./define-task";

export const tasks = {
  send_email: sendEmail,
  close_need: closeNeedTask,
  close_expired_needs: closeExpiredNeedsTask,
  index_documents: indexDocumentsTask,
  follow_up_awards: followUpAwardsTask,
  alert_need_published: alertNeedPublishedTask,
  alert_challenge_published: alertChallengePublishedTask,
  alert_skill_post_published: alertSkillPostPublishedTask,
  daily_digest: dailyDigestTask,
  invitation_reminders: invitationRemindersTask,
  import_sirene: importSireneTask,
  event_reminder: eventReminderTask,
  send_account_link: sendAccountLinkTask,
  request_password_reset: requestPasswordResetTask,
  deliver_webhook: deliverWebhookTask,
} satisfies { [N in keyof TaskPayloads]: DefinedTask<TaskPayloads[N]> };

export const taskList: TaskList = tasks;

/** Recurring jobs (graphile crontab syntax): a safety sweep for needs whose closing job was lost. */
export const CRONTAB = ["*/5 * * * * close_expired_needs", "0 7 * * * daily_digest", "0 8 * * * invitation_reminders"].join("\n");
