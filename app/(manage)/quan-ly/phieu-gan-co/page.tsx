import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { listBursts } from "@/features/survey/server/burst-queries";
import { countFlaggedByReason, listFlaggedResponses } from "@/features/survey/server/flagged-queries";
import { isKnownFlagReason } from "@/features/survey/velocity";
import type { Lang } from "@/i18n/locales";
import { reviewPeriod, windowLength } from "@/lib/abnormal-answers";
import { TIME_ZONE } from "@/lib/constants";
import { formatDate, formatDateTime, localDay } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bursts.list");
  return { title: t("title"), robots: { index: false } };
}

const timeFormats = {
  vi: new Intl.DateTimeFormat("vi-VN", {
    timeZone: TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }),
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Answers kept out of every index: bursts held by surge detection, waiting for a unit administrator's
 * decision, and answers flagged by velocity limits or the honeypot. Everything is stored; nothing here counts.
 */
export default async function AbnormalAnswersPage({ searchParams }: { searchParams: SearchParams }) {
  const manager = await requireActor();
  const t = await getTranslations("bursts");
  const lang = (await getLocale()) as Lang;
  const format = await getFormatter();
  const timeFormat = timeFormats[lang];
  const reason = (r: string | null) => (isKnownFlagReason(r) ? t(`flagReasons.${r}`) : r);
  const windowText = (minutes: number) => {
    const { unit, count } = windowLength(minutes);
    return t(`window.${unit}`, { count });
  };
  const scope = [...manager.scopeUnitIds];
  const { from, to } = reviewPeriod(await searchParams);
  const since = Date.parse(`${from}T00:00:00+07:00`);
  const [bursts, byReason, rows] = await Promise.all([
    listBursts(scope, since),
    countFlaggedByReason(scope, from, to),
    listFlaggedResponses(scope, from, to),
  ]);
  const total = byReason.reduce((n, r) => n + r.count, 0);
  const pending = bursts.filter((b) => b.status === "pending");
  return (
    <>
      <h1>{t("list.heading")}</h1>
      <p>{t("list.intro", { from: formatDate(from, lang), to: formatDate(to, lang) })}</p>

      <h2>{t("list.burstsHeading")}</h2>
      <p className="muted">
        {t("list.burstsIntro")} {t("list.pending", { count: pending.length })}
      </p>
      {bursts.length > 0 ? (
        <table>
          <caption className="muted" style={{ textAlign: "left" }}>
            {t("list.burstsCaption")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("list.burstColumns.time")}</th>
              <th scope="col">{t("list.burstColumns.unit")}</th>
              <th scope="col">{t("list.burstColumns.code")}</th>
              <th scope="col" className="num">
                {t("list.burstColumns.count")}
              </th>
              <th scope="col">{t("list.burstColumns.threshold")}</th>
              <th scope="col">{t("list.burstColumns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {bursts.map((b) => (
              <tr key={b.id}>
                <td>
                  <Link href={`/quan-ly/phieu-gan-co/dot/${b.id}`}>
                    {formatDateTime(b.startedAt, lang)} – {timeFormat.format(b.lastAt)}
                  </Link>
                </td>
                <td>{b.unitName}</td>
                <td>{b.shortLinkCode ?? t("list.wholeUnit")}</td>
                <td className="num">{format.number(b.held)}</td>
                <td>
                  {t("list.threshold", {
                    threshold: b.threshold,
                    window: windowText(b.windowMinutes),
                    baseline: b.baseline,
                  })}
                </td>
                <td>{t(`statuses.${b.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      <h2>{t("list.flaggedHeading")}</h2>
      <p>{t("list.flaggedTotal", { count: total })}</p>
      {byReason.length > 0 ? (
        <table>
          <caption className="muted" style={{ textAlign: "left" }}>
            {t("list.byReason")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("list.reasonColumns.reason")}</th>
              <th scope="col" className="num">
                {t("list.reasonColumns.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {byReason.map((r) => (
              <tr key={r.reason ?? "none"}>
                <td>{reason(r.reason) ?? "—"}</td>
                <td className="num">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {rows.length > 0 ? (
        <table>
          <caption className="muted" style={{ textAlign: "left" }}>
            {rows.length < total ? t("list.latest", { count: rows.length }) : t("list.allResponses")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("list.responseColumns.time")}</th>
              <th scope="col">{t("list.responseColumns.unit")}</th>
              <th scope="col">{t("list.responseColumns.channel")}</th>
              <th scope="col">{t("list.responseColumns.code")}</th>
              <th scope="col">{t("list.responseColumns.answers")}</th>
              <th scope="col">{t("list.responseColumns.reason")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  {formatDate(localDay(r.submittedAt), lang)} {timeFormat.format(r.submittedAt)}
                </td>
                <td>{r.unitName}</td>
                <td>{r.channel}</td>
                <td>{r.shortLinkCode ?? "—"}</td>
                <td>
                  <code>{r.instrumentKey}</code> {r.answers}
                </td>
                <td>{reason(r.flagReason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("list.noneFlagged")}</p>
      )}
    </>
  );
}
