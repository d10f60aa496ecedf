import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { officerMonth } from "@/features/dossiers/officers";
import { ownOfficerFigures } from "@/features/dossiers/server/officers";
import { OfficerFiguresTable } from "@/features/dossiers/ui/officer-figures-table";
import { monthText, notEnoughAnswers } from "@/features/index/figures";
import type { Lang } from "@/i18n/locales";
import { localDay } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("officers.own");
  return { title: t("title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/**
 * The signed-in staff member's own figures as a one-stop officer, whatever their role: only the codes
 * linked to their account, in the units that have turned per-officer evaluation on.
 */
export default async function OwnOfficerFiguresPage({ searchParams }: { searchParams: SearchParams }) {
  const manager = await requireActor();
  const t = await getTranslations("officers");
  const lang = (await getLocale()) as Lang;
  const { month, range } = officerMonth(first((await searchParams).thang), localDay(new Date()));
  const units = await ownOfficerFigures(manager, range);
  return (
    <>
      <h1>{t("own.title")}</h1>
      <p>{t("own.intro")}</p>
      <form method="get" action="/quan-ly/can-bo/cua-toi" className="inline-form">
        <label htmlFor="thang">{t("page.month")}</label>
        <input id="thang" name="thang" type="month" defaultValue={month} />
        <button type="submit" className="secondary">
          {t("page.show")}
        </button>
      </form>
      {units.length === 0 ? <p data-testid="no-officer-code">{t("own.none")}</p> : null}
      {units.map((figures) => (
        <section key={figures.unitId} aria-labelledby={`don-vi-${figures.unitId}`}>
          <h2 id={`don-vi-${figures.unitId}`}>{figures.unitName}</h2>
          {figures.enabled ? (
            <>
              <h3>{t("figures.heading", { month: monthText(month) })}</h3>
              <p>{t("figures.attribution")}</p>
              <p>{t("figures.minN", { minN: figures.minN, notEnough: notEnoughAnswers(lang) })}</p>
              <OfficerFiguresTable figures={figures} lang={lang} />
            </>
          ) : (
            <p>{t("own.unitOff", { unit: figures.unitName })}</p>
          )}
        </section>
      ))}
    </>
  );
}
