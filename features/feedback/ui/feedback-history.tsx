import { getLocale, getTranslations } from "next-intl/server";
import type { Lang } from "@/i18n/locales";
import { formatDateTime } from "@/lib/time";
import { type FeedbackAction, feedbackActions } from "../feedback";

interface Entry {
  id: number;
  at: Date;
  action: string;
  details: Record<string, unknown> | null;
  userName: string | null;
}

/** The inbox action an audit entry records (`feedback.<action>`), if it is one. */
function actionOf(entry: Entry): FeedbackAction | undefined {
  const name = entry.action.replace(/^feedback\./, "");
  return (feedbackActions as readonly string[]).includes(name) ? (name as FeedbackAction) : undefined;
}

/** What happened to an item: its arrival, then every manager action from the audit log (in the manager's language). */
export async function FeedbackHistory({
  createdAt,
  fromSurvey,
  entries,
}: {
  createdAt: Date;
  fromSurvey: boolean;
  entries: Entry[];
}) {
  const lang = (await getLocale()) as Lang;
  const t = await getTranslations("feedback.history");
  const entryText = (entry: Entry): string => {
    const action = actionOf(entry);
    const d = entry.details ?? {};
    return [
      action ? t(`actions.${action}`) : entry.action,
      typeof d.assigneeName === "string" ? t("to", { name: d.assigneeName }) : null,
      typeof d.note === "string" ? t("note", { note: d.note }) : null,
    ]
      .filter(Boolean)
      .join(" ");
  };
  const received = formatDateTime(createdAt, lang);
  return (
    <>
      <h2>{t("title")}</h2>
      <ol data-testid="feedback-history">
        <li>{fromSurvey ? t("receivedFromSurvey", { at: received }) : t("received", { at: received })}</li>
        {entries.map((e) => (
          <li key={e.id}>
            {formatDateTime(e.at, lang)} — {entryText(e)}
            {e.userName ? ` (${e.userName})` : ""}
          </li>
        ))}
      </ol>
    </>
  );
}
