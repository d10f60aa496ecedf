import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { periodLabel } from "@/features/index/dashboard-params";
import { indexLabel, notEnoughAnswers } from "@/features/index/figures";
import { boardParams, boardPeriod, recentPeriods } from "@/features/index/public-index";
import { loadBoard } from "@/features/index/server/public-figures";
import { BoardTable } from "@/features/index/ui/board-table";
import { TrendDetails } from "@/features/index/ui/trend-details";
import { isLang, type Lang, nameIn } from "@/i18n/locales";
import { localDay } from "@/lib/time";

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

/** Public board: the published quick index of every current unit for a month, quarter or year. */
export default async function PublicBoardPage({ params, searchParams }: Props) {
  const { lang: rawLang } = await params;
  if (!isLang(rawLang)) notFound();
  const lang: Lang = rawLang;
  const t = await getTranslations({ locale: lang, namespace: "board" });
  const today = localDay(new Date());
  const period = boardPeriod(await searchParams, today);
  const board = await loadBoard(period);
  const current = boardParams(period);
  const offered = recentPeriods(today);
  const groups = [
    { title: t("months"), kind: "thang" },
    { title: t("quarters"), kind: "quy" },
    { title: t("years"), kind: "nam" },
  ] as const;
  const feedHref = (unitId: number) =>
    `/api/v1/public/index?${new URLSearchParams({ unit: String(unitId), from: period.from, to: period.to })}`;
  const method = t("method", {
    minN: board.minN,
    rollup: board.rollup,
    notEnough: notEnoughAnswers(lang),
  });
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={href(OTHER_LANG[lang], current)} />
      <main id="main" className="wrap wide">
        <h1>{t("title")}</h1>
        <p>
          <strong>{indexLabel(lang)}</strong> · {t("period")}:{" "}
          <strong data-testid="period">{periodLabel(period, lang)}</strong>
        </p>
        <p>{t("intro")}</p>
        <nav aria-labelledby="periods-title" className="small">
          <h2 id="periods-title" className="visually-hidden">
            {t("otherPeriods")}
          </h2>
          {groups.map((group) => (
            <p key={group.kind}>
              {group.title}:{" "}
              {offered
                .filter((p) => p.kind === group.kind)
                .map((p, i) => {
                  const target = boardParams(p);
                  const active = p.from === period.from && p.to === period.to;
                  return (
                    <span key={p.from}>
                      {i > 0 ? " · " : ""}
                      <Link href={href(lang, target)} aria-current={active ? "page" : undefined}>
                        {periodLabel(p, lang)}
                      </Link>
                    </span>
                  );
                })}
            </p>
          ))}
        </nav>
        {board.roots.map(({ root, units }) => (
          <section key={root.unit.id} aria-labelledby={`root-${root.unit.id}`}>
            <h2 id={`root-${root.unit.id}`}>{nameIn(lang, root.unit)}</h2>
            <BoardTable rows={units} lang={lang} caption={method} />
            <h3>{t("trendTitle")}</h3>
            <p className="muted small">{t("trendHint")}</p>
            <TrendDetails rows={units} lang={lang} feedHref={feedHref} />
          </section>
        ))}
      </main>
    </>
  );
}
