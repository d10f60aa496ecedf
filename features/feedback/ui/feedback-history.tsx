import { formatDateTime } from "@/lib/time";

const actionLabels: Record<string, string> = {
  "feedback.assign": "Giao xử lý",
  "feedback.reply": "Trả lời",
  "feedback.close": "Đóng phản ánh",
  "feedback.reopen": "Mở lại",
};

interface Entry {
  id: number;
  at: Date;
  action: string;
  details: Record<string, unknown> | null;
  userName: string | null;
}

function describeEntry(entry: Entry): string {
  const label = actionLabels[entry.action] ?? entry.action;
  const d = entry.details ?? {};
  const extra = [
    typeof d.assigneeName === "string" ? `cho ${d.assigneeName}` : null,
    typeof d.note === "string" ? `— ghi chú: “${d.note}”` : null,
  ].filter(Boolean);
  return [label, ...extra].join(" ");
}

/** What happened to an item: its arrival, then every manager action from the audit log. */
export function FeedbackHistory({
  createdAt,
  fromSurvey,
  entries,
}: {
  createdAt: Date;
  fromSurvey: boolean;
  entries: Entry[];
}) {
  return (
    <>
      <h2>Lịch sử xử lý</h2>
      <ol data-testid="feedback-history">
        <li>
          {formatDateTime(createdAt, "vi")} — Nhận phản ánh{fromSurvey ? " từ phiếu khảo sát" : ""}
        </li>
        {entries.map((e) => (
          <li key={e.id}>
            {formatDateTime(e.at, "vi")} — {describeEntry(e)}
            {e.userName ? ` (${e.userName})` : ""}
          </li>
        ))}
      </ol>
    </>
  );
}
