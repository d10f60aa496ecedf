import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/form/notice";
import { requireActor } from "@/features/access/server/actor";
import {
  ageInDays,
  FEEDBACK_NOTE_MAX,
  FEEDBACK_REPLY_MAX,
  type FeedbackAction,
  feedbackStatusLabels,
  isOverdue,
} from "@/features/feedback/feedback";
import { feedbackItem } from "@/features/feedback/server/inbox";
import {
  AssignFeedbackForms,
  CloseFeedbackForm,
  ReopenFeedbackForm,
  ReplyFeedbackForm,
} from "@/features/feedback/ui/feedback-forms";
import { FeedbackHistory } from "@/features/feedback/ui/feedback-history";
import { LinkedResponse } from "@/features/feedback/ui/linked-response";
import { formatDateTime } from "@/lib/time";
import {
  assignFeedbackAction,
  closeFeedbackAction,
  reopenFeedbackAction,
  replyFeedbackAction,
} from "../actions";

export const metadata: Metadata = { title: "Phản ánh, kiến nghị", robots: { index: false } };

const doneMessages: Record<FeedbackAction, string> = {
  assign: "Đã giao xử lý. / Assigned.",
  reply: "Đã lưu trả lời; phản ánh chuyển sang “Đã trả lời”. / Reply saved.",
  close: "Đã đóng phản ánh. / Closed.",
  reopen: "Đã mở lại phản ánh. / Reopened.",
};

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
  const { item, editable, actions, dueDays, response, history, assignees } = found;
  const done = (await searchParams).xong;
  const now = new Date();
  return (
    <>
      <p>
        <Link href="/quan-ly/phan-anh">← Hộp phản ánh, kiến nghị</Link>
      </p>
      <h1>Phản ánh số {item.id}</h1>
      {done && done in doneMessages ? <Notice>{doneMessages[done as FeedbackAction]}</Notice> : null}
      <dl className="facts">
        <dt>Đơn vị</dt>
        <dd>{found.unitName}</dd>
        <dt>Trạng thái</dt>
        <dd data-testid="feedback-status">
          {feedbackStatusLabels[item.status].vi}
          {isOverdue(item, dueDays, now) ? (
            <>
              {" "}
              <span className="tag bad">Quá hạn</span>
            </>
          ) : null}
        </dd>
        <dt>Đã nhận</dt>
        <dd>
          {formatDateTime(item.createdAt, "vi")} ({ageInDays(item.createdAt, now)} ngày; thời hạn xử lý{" "}
          {dueDays} ngày)
        </dd>
        <dt>Người xử lý</dt>
        <dd>{found.assigneeName ?? "Chưa giao"}</dd>
      </dl>

      <h2>Nội dung phản ánh</h2>
      <blockquote className="notice" style={{ whiteSpace: "pre-wrap" }}>
        {item.body}
      </blockquote>

      {response ? <LinkedResponse response={response} /> : null}

      <h2>Thông tin liên hệ</h2>
      {item.consentAt ? (
        <>
          <dl className="facts">
            <dt>Họ và tên</dt>
            <dd>{item.contactName ?? "—"}</dd>
            <dt>Số điện thoại</dt>
            <dd>{item.contactPhone ?? "—"}</dd>
            <dt>Email</dt>
            <dd>{item.contactEmail ?? "—"}</dd>
            <dt>Đồng ý cho liên hệ lúc</dt>
            <dd>{formatDateTime(item.consentAt, "vi")}</dd>
          </dl>
          <p className="notice warn" role="note">
            Người dân chỉ đồng ý cho cơ quan dùng thông tin liên hệ này để trả lời phản ánh này. Không dùng
            cho mục đích khác, không sao chép hay chuyển cho bên khác (quy định về bảo vệ dữ liệu cá nhân). /
            Use these contact details only to answer this feedback.
          </p>
        </>
      ) : (
        <p className="muted">
          Người dân không yêu cầu trả lời hoặc không đồng ý cung cấp thông tin liên hệ: phản ánh được lưu ẩn
          danh.
        </p>
      )}

      <h2>Trả lời</h2>
      {item.reply ? (
        <>
          <p className="muted">Trả lời lúc {item.repliedAt ? formatDateTime(item.repliedAt, "vi") : "—"}</p>
          <blockquote className="notice" style={{ whiteSpace: "pre-wrap" }} data-testid="feedback-reply">
            {item.reply}
          </blockquote>
        </>
      ) : (
        <p className="muted">Chưa có trả lời.</p>
      )}

      <h2>Xử lý</h2>
      {!editable ? (
        <p className="muted">Bạn chỉ có quyền xem phản ánh của đơn vị này. / Read-only access.</p>
      ) : actions.length === 0 ? (
        <p className="muted">Không còn thao tác nào.</p>
      ) : null}
      {actions.includes("assign") ? (
        <>
          <h3>Giao xử lý</h3>
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
          <h3>Trả lời người dân</h3>
          <ReplyFeedbackForm action={replyFeedbackAction} itemId={item.id} maxLength={FEEDBACK_REPLY_MAX} />
        </>
      ) : null}
      {actions.includes("close") ? (
        <>
          <h3>Kết thúc</h3>
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
