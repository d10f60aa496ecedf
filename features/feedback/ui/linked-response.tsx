import { getLocale, getTranslations } from "next-intl/server";
import type { InstrumentDefinition } from "@/features/survey/instruments";
import { serviceElements } from "@/features/survey/instruments";
import type { Lang } from "@/i18n/locales";
import type { Channel } from "@/lib/constants";
import { formatDateTime } from "@/lib/time";

/** The survey answer a feedback item came from: instrument, rating, what went wrong, where. */
export async function LinkedResponse({
  response,
}: {
  response: {
    instrumentKey: string;
    instrumentVersion: number;
    definition: InstrumentDefinition;
    reasons: string[] | null;
    channel: Channel;
    submittedAt: Date;
    counterName: string | null;
    quickValue: number | null;
  };
}) {
  const lang = (await getLocale()) as Lang;
  const t = await getTranslations("feedback.linked");
  const { definition } = response;
  const rating =
    response.quickValue === null
      ? null
      : (definition.scale.find((s) => s.value === response.quickValue)?.label[lang] ??
        String(response.quickValue));
  const elements = definition.elements.length > 0 ? definition.elements : serviceElements;
  const reasons = (response.reasons ?? []).map(
    (key) => elements.find((e) => e.key === key)?.title[lang] ?? key,
  );
  return (
    <>
      <h2>{t("title")}</h2>
      <dl className="facts">
        <dt>{t("instrument")}</dt>
        <dd>
          {t("instrumentValue", { title: definition.title[lang], version: response.instrumentVersion })}
        </dd>
        {rating ? (
          <>
            <dt>{t("rating")}</dt>
            <dd data-testid="feedback-rating">{rating}</dd>
          </>
        ) : null}
        <dt>{t("reasons")}</dt>
        <dd>{reasons.length > 0 ? reasons.join("; ") : "—"}</dd>
        <dt>{t("sent")}</dt>
        <dd>
          {formatDateTime(response.submittedAt, lang)} · {t(`channels.${response.channel}`)}
          {response.counterName ? ` · ${response.counterName}` : ""}
        </dd>
      </dl>
    </>
  );
}
