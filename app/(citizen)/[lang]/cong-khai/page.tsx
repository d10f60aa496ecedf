import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { periodLabel } from "@/features/index/dashboard-params";
import { noDossiersText } from "@/features/index/dossier-figures";
import { indexLabel, notEnoughAnswers } from "@/features/index/figures";
import { boardParams, boardPeriod, chosenPeriod, recentPeriods } from "@/features/index/public-index";
import { loadBoard } from "@/features/index/server/public-figures";
import { BoardTable } from "@/features/index/ui/board-table";
import { PeriodChooser } from "@/features/index/ui/period-chooser";
import { TrendDetails } from "@/features/index/ui/trend-details";
import { isLang, type Lang, nameIn } from "@/i18n/locales";
import { localDay } from "@/lib/time";
import "./board.css";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  const t = await getTranslations({ locale: isLang(lang) ? lang : "vi", namespace: "board" });
  return { title: t("title") };
}

function href(lang: Lang, params: Record<string, string>): string {
  return `/${lang}/cong-khai?${new URLSearchParams(params).toString()}`;
}

const OTHER_LANG: Record<Lang, Lang> = { vi: "en", en: "vi" };

/**
 * Public board: the published quick figure of every current unit for a month, quarter or year. A table on
 * wide screens, one compact card per unit on a phone (CSS only: the page works without JavaScript).
 */
export default async function PublicBoardPage({ params, searchParams }: Props) {
  const { lang: rawLang } = await params;
  if (!isLang(rawLang)) notFound();
  const lang: Lang = rawLang;
  const t = await getTranslations({ locale: lang, namespace: "board" });
  const today = localDay(new Date());
  const query = await searchParams;
  // The period chooser sends one value; the board's address keeps the readable parameters.
  if (typeof query.chon === "string") redirect(href(lang, boardParams(chosenPeriod(query.chon, today))));
  const period = boardPeriod(query, today);
  const board = await loadBoard(period);
  const feedHref = (unitId: number) =>
    `/api/v1/public/index?${new URLSearchParams({ unit: String(unitId), from: period.from, to: period.to })}`;
  const label = indexLabel(lang);
  const caption = t("caption", { label, period: periodLabel(period, lang) });
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={href(OTHER_LANG[lang], boardParams(period))} />
      <main id="main" className="wrap wide">
        <h1>{t("title")}</h1>
        <p>
          <strong>{label}</strong> · {t("period")}:{" "}
          <strong data-testid="period">{periodLabel(period, lang)}</strong>
        </p>
        <p>{t("intro")}</p>
        <PeriodChooser lang={lang} period={period} offered={recentPeriods(today)} />
        <details className="board-method">
          <summary>{t("methodTitle")}</summary>
          <p>
            {t("method", { minN: board.minN, rollup: board.rollup, notEnough: notEnoughAnswers(lang) })}{" "}
            {t("onTimeMethod", { none: noDossiersText(lang) })}
          </p>
        </details>
        {board.roots.map(({ root, units }) => (
          <section key={root.unit.id} aria-labelledby={`root-${root.unit.id}`}>
            <h2 id={`root-${root.unit.id}`}>{nameIn(lang, root.unit)}</h2>
            <BoardTable rows={units} lang={lang} caption={caption} />
            <details className="board-trends">
              <summary>{t("trendTitle")}</summary>
              <p className="muted small">{t("trendHint")}</p>
              <TrendDetails rows={units} lang={lang} feedHref={feedHref} />
            </details>
          </section>
        ))}
      </main>
    </>
  );
}
