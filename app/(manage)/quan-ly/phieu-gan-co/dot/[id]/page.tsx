import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { channelLabel } from "@/features/index/dashboard-params";
import { getSetting } from "@/features/settings/server/settings";
import { getBurstReview } from "@/features/survey/server/burst-queries";
import { parseSurgeSettings, SURGE_SETTING_KEY } from "@/features/survey/surge";
import { BurstDecisionForm } from "@/features/survey/ui/burst-forms";
import type { Lang } from "@/i18n/locales";
import { windowLength } from "@/lib/abnormal-answers";
import { type Channel, channels } from "@/lib/constants";
import { formatDateTime } from "@/lib/time";
import { decideBurstAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bursts.burst");
  return { title: t("title"), robots: { index: false } };
}

/** One held burst with what a unit administrator needs to decide whether its answers are genuine. */
export default async function BurstPage({ params }: { params: Promise<{ id: string }> }) {
  const manager = await requireActor();
  const t = await getTranslations("bursts");
  const lang = (await getLocale()) as Lang;
  const format = await getFormatter();
  const percent = (part: number, whole: number) =>
    whole === 0 ? "—" : `${format.number((100 * part) / whole, { maximumFractionDigits: 1 })} %`;
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) notFound();
  const settings = parseSurgeSettings(await getSetting(SURGE_SETTING_KEY));
  const burst = await getBurstReview(Number(id), [...manager.scopeUnitIds], settings.baselineDays);
  if (!burst) notFound();
  const inBurst = burst.distribution.reduce((n, d) => n + d.burst, 0);
  const usual = burst.distribution.reduce((n, d) => n + d.usual, 0);
  const mayDecide = manager.editableUnitIds.has(burst.unitId);
  const { unit: windowUnit, count: windowCount } = windowLength(burst.windowMinutes);
  const windowText = t(`window.${windowUnit}`, { count: windowCount });
  return (
    <>
      <p>
        <Link href="/quan-ly/phieu-gan-co">{t("burst.back")}</Link>
      </p>
      <h1>{t("burst.heading", { unit: burst.unitName })}</h1>
      <p className={burst.status === "pending" ? "notice warn" : "notice"} role="status">
        <strong>{t(`statuses.${burst.status}`)}</strong>
        {burst.decidedAt ? ` (${formatDateTime(burst.decidedAt, lang)})` : ""}.{" "}
        {burst.status === "confirmed" ? t("burst.counted") : t("burst.notCounted")}
      </p>
      <dl className="facts">
        <dt>{t("burst.time")}</dt>
        <dd>
          {formatDateTime(burst.startedAt, lang)} – {formatDateTime(burst.lastAt, lang)}
        </dd>
        <dt>{t("burst.count")}</dt>
        <dd>{format.number(burst.held)}</dd>
        <dt>{t("burst.scope")}</dt>
        <dd>
          {burst.shortLinkCode ? t("burst.scopeCode", { code: burst.shortLinkCode }) : t("burst.scopeUnit")}
        </dd>
        <dt>{t("burst.reason")}</dt>
        <dd>
          {t("burst.reasonText", {
            threshold: burst.threshold,
            baseline: burst.baseline,
            window: windowText,
            days: settings.baselineDays,
          })}
        </dd>
        <dt>{t("burst.devices")}</dt>
        <dd>
          {t("burst.devicesText", { count: burst.devices })}
          {burst.withoutDevice > 0 ? t("burst.withoutDevice", { count: burst.withoutDevice }) : ""}
        </dd>
      </dl>

      <h2>{t("burst.distributionHeading")}</h2>
      <table>
        <caption className="muted" style={{ textAlign: "left" }}>
          {t("burst.distributionCaption", { days: settings.baselineDays })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("burst.distributionColumns.level")}</th>
            <th scope="col" className="num">
              {t("burst.distributionColumns.inBurst")}
            </th>
            <th scope="col" className="num">
              {t("burst.distributionColumns.share")}
            </th>
            <th scope="col" className="num">
              {t("burst.distributionColumns.usual")}
            </th>
            <th scope="col" className="num">
              {t("burst.distributionColumns.share")}
            </th>
          </tr>
        </thead>
        <tbody>
          {burst.distribution.map((d) => (
            <tr key={d.value}>
              <th scope="row">{burst.levelLabels[d.value]?.[lang] ?? d.value}</th>
              <td className="num">{format.number(d.burst)}</td>
              <td className="num">{percent(d.burst, inBurst)}</td>
              <td className="num">{format.number(d.usual)}</td>
              <td className="num">{percent(d.usual, usual)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {burst.otherInstruments > 0 ? (
        <p className="muted">{t("burst.otherInstruments", { count: burst.otherInstruments })}</p>
      ) : null}

      <h2>{t("burst.linksHeading")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("burst.linkColumns.code")}</th>
            <th scope="col" className="num">
              {t("burst.linkColumns.count")}
            </th>
          </tr>
        </thead>
        <tbody>
          {burst.links.map((l) => (
            <tr key={l.code ?? "none"}>
              <td>{l.code ?? "—"}</td>
              <td className="num">{format.number(l.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul>
        {burst.channels.map((c) => (
          <li key={c.channel}>
            {channels.includes(c.channel as Channel) ? channelLabel(c.channel as Channel, lang) : c.channel}:{" "}
            {format.number(c.count)}
          </li>
        ))}
      </ul>

      <h2>{t("burst.decisionHeading")}</h2>
      {mayDecide ? (
        <BurstDecisionForm action={decideBurstAction} burstId={burst.id} status={burst.status} />
      ) : (
        <p>{t("burst.notYours", { unit: burst.unitName })}</p>
      )}
    </>
  );
}
