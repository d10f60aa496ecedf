import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CitizenHeader } from "@/app/(citizen)/citizen-header";
import { boardParams, boardPeriod, periodLabel, recentPeriods } from "@/features/index/public-index";
import { loadBoard } from "@/features/index/server/public-figures";
import { BoardTable } from "@/features/index/ui/board-table";
import { boardText } from "@/features/index/ui/board-text";
import { TrendDetails } from "@/features/index/ui/trend-details";
import { isLang, type Lang } from "@/i18n/locales";
import { localDay } from "@/lib/time";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  return { title: boardText(isLang(lang) ? lang : "vi").title };
}

function href(lang: Lang, params: Record<string, string>): string {
  return `/${lang}/cong-khai?${new URLSearchParams(params).toString()}`;
}

/** Public board: the published quick index of every current unit for a month, quarter or year. */
export default async function PublicBoardPage({ params, searchParams }: Props) {
  const { lang: rawLang } = await params;
  if (!isLang(rawLang)) notFound();
  const lang: Lang = rawLang;
  const d = boardText(lang);
  const today = localDay(new Date());
  const period = boardPeriod(await searchParams, today);
  const board = await loadBoard(period);
  const current = boardParams(period);
  const offered = recentPeriods(today);
  const groups = [
    { title: d.months, kind: "thang" },
    { title: d.quarters, kind: "quy" },
    { title: d.years, kind: "nam" },
  ] as const;
  const feedHref = (unitId: number) =>
    `/api/v1/public/index?${new URLSearchParams({ unit: String(unitId), from: period.from, to: period.to })}`;
  return (
    <>
      <CitizenHeader lang={lang} alternateHref={href(lang === "vi" ? "en" : "vi", current)} />
      <main id="main" className="wrap wide">
        <h1>{d.title}</h1>
        <p>
          <strong>{d.label}</strong> · {d.period}:{" "}
          <strong data-testid="period">{periodLabel(period, lang)}</strong>
        </p>
        <p>{d.intro}</p>
        <nav aria-labelledby="periods-title" className="small">
          <h2 id="periods-title" className="visually-hidden">
            {d.otherPeriods}
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
            <h2 id={`root-${root.unit.id}`}>
              {lang === "en" && root.unit.nameEn ? root.unit.nameEn : root.unit.name}
            </h2>
            <BoardTable rows={units} lang={lang} caption={d.method(board.minN, board.rollup === "pooled")} />
            <h3>{d.trendTitle}</h3>
            <p className="muted small">{d.trendHint}</p>
            <TrendDetails rows={units} lang={lang} feedHref={feedHref} />
          </section>
        ))}
      </main>
    </>
  );
}
