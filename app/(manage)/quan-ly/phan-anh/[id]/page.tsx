import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/form/notice";
import { requireActor } from "@/features/access/server/actor";
import {
  ageInDays,
  FEEDBACK_NOTE_MAX,
  FEEDBACK_REPLY_MAX,
  type FeedbackAction,
  feedbackActions,
  isOverdue,
} from "@/features/feedback/feedback";
import { formatReference } from "@/features/feedback/reference";
import { feedbackItem } from "@/features/feedback/server/inbox";
import {
  AssignFeedbackForms,
  CloseFeedbackForm,
  ReopenFeedbackForm,
  ReplyFeedbackForm,
} from "@/features/feedback/ui/feedback-forms";
import { FeedbackHistory } from "@/features/feedback/ui/feedback-history";
import { LinkedResponse } from "@/features/feedback/ui/linked-response";
import { ReplyDeliveries } from "@/features/feedback/ui/reply-deliveries";
import type { Lang } from "@/i18n/locales";
import { formatDate, formatDateTime, localDay } from "@/lib/time";
import {
  assignFeedbackAction,
  closeFeedbackAction,
  reopenFeedbackAction,
  replyFeedbackAction,
} from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.inbox");
  return { title: t("metaTitle"), robots: { index: false } };
}

const isAction = (value: string | undefined): value is FeedbackAction =>
  (feedbackActions as readonly string[]).includes(value ?? "");

/** One feedback item, only within the manager's scope (otherwise 404), with the actions its status allows. */
export default async function FeedbackItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ xong?: string }>;
}) {
  const manager = await requireActor();
  const rawId = (await params).id;
  if (!/^\d{1,9}$/.test(rawId)) notFound();
  const found = await feedbackItem(manager, Number(rawId));
  if (!found) notFound();
  const { item, editable, actions, response, history, assignees, deliveries, channels } = found;
  const done = (await searchParams).xong;
  const now = new Date();
  const lang = (await getLocale()) as Lang;
  const t = await getTranslations("feedback.item");
  const f = await getTranslations("feedback");
  return (
    <>
      <p>
        <Link href="/quan-ly/phan-anh">{t("back")}</Link>
      </p>
      <h1>{t("title", { id: item.id })}</h1>
      {isAction(done) ? <Notice>{t(`done.${done}`)}</Notice> : null}
      <dl className="facts">
        {item.reference ? (
          <>
            <dt>{t("reference")}</dt>
            <dd data-testid="feedback-reference">{formatReference(item.reference)}</dd>
          </>
        ) : null}
        <dt>{t("unit")}</dt>
        <dd>{found.unitName}</dd>
        <dt>{t("status")}</dt>
        <dd data-testid="feedback-status">
          {f(`statuses.${item.status}`)}
          {isOverdue(item, now) ? (
            <>
              {" "}
              <span className="tag bad">{f("overdue")}</span>
            </>
          ) : null}
        </dd>
        <dt>{t("received")}</dt>
        <dd>
          {t("receivedValue", {
            at: formatDateTime(item.createdAt, lang),
            age: ageInDays(item.createdAt, now),
          })}
        </dd>
        <dt>{t("due")}</dt>
        <dd data-testid="feedback-due">{item.dueAt ? formatDate(localDay(item.dueAt), lang) : "—"}</dd>
        <dt>{t("assignee")}</dt>
        <dd>{found.assigneeName ?? t("unassigned")}</dd>
      </dl>

      <h2>{t("body")}</h2>
      <blockquote className="notice" style={{ whiteSpace: "pre-wrap" }}>
        {item.body}
      </blockquote>

      {response ? <LinkedResponse response={response} /> : null}

      <h2>{t("contact")}</h2>
      {item.consentAt ? (
        <>
          <dl className="facts">
            <dt>{t("contactName")}</dt>
            <dd>{item.contactName ?? "—"}</dd>
            <dt>{t("contactPhone")}</dt>
            <dd>{item.contactPhone ?? "—"}</dd>
            <dt>{t("contactEmail")}</dt>
            <dd>{item.contactEmail ?? "—"}</dd>
            <dt>{t("consentAt")}</dt>
            <dd>{formatDateTime(item.consentAt, lang)}</dd>
          </dl>
          <p className="notice warn" role="note">
            {t("privacy")}
          </p>
        </>
      ) : (
        <p className="muted">{t("anonymous")}</p>
      )}

      <h2>{t("replyHeading")}</h2>
      {item.reply ? (
        <>
          <p className="muted">
            {t("repliedAt", { at: item.repliedAt ? formatDateTime(item.repliedAt, lang) : "—" })}
          </p>
          <blockquote className="notice" style={{ whiteSpace: "pre-wrap" }} data-testid="feedback-reply">
            {item.reply}
          </blockquote>
          <ReplyDeliveries
            deliveries={deliveries}
            channels={channels}
            reference={item.reference ? formatReference(item.reference) : String(item.id)}
            consented={item.consentAt !== null}
            lang={lang}
          />
        </>
      ) : (
        <p className="muted">{t("noReply")}</p>
      )}

      <h2>{t("handling")}</h2>
      {!editable ? (
        <p className="muted">{t("readOnly")}</p>
      ) : actions.length === 0 ? (
        <p className="muted">{t("noActions")}</p>
      ) : null}
      {actions.includes("assign") ? (
        <>
          <h3>{t("assignHeading")}</h3>
          <AssignFeedbackForms
            action={assignFeedbackAction}
            itemId={item.id}
            assignees={assignees}
            currentAssigneeId={item.assigneeId}
            myId={manager.userId}
          />
        </>
      ) : null}
      {actions.includes("reply") ? (
        <>
          <h3>{t("replyToCitizen")}</h3>
          <ReplyFeedbackForm action={replyFeedbackAction} itemId={item.id} maxLength={FEEDBACK_REPLY_MAX} />
        </>
      ) : null}
      {actions.includes("close") ? (
        <>
          <h3>{t("closeHeading")}</h3>
          <CloseFeedbackForm
            action={closeFeedbackAction}
            itemId={item.id}
            noteRequired={item.status !== "answered"}
            maxLength={FEEDBACK_NOTE_MAX}
          />
        </>
      ) : null}
      {actions.includes("reopen") ? (
        <ReopenFeedbackForm action={reopenFeedbackAction} itemId={item.id} />
      ) : null}

      <FeedbackHistory createdAt={item.createdAt} fromSurvey={item.responseId !== null} entries={history} />
    </>
  );
}
