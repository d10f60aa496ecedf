import { useLocale, useTranslations } from "next-intl";
import type { Lang } from "@/i18n/locales";
import {
  belowMinimumText,
  changeText,
  indexText,
  intervalText,
  meanScoreText,
  percentText,
  publishedIndex,
  type ShownFigure,
} from "../figures";
import {
  type DossierCounts,
  dossierRatio,
  indexChange,
  serviceFigure,
  type UnitFigures,
} from "../index-engine";
import type { IndexTarget } from "../index-settings";

function TargetNote({ figure, target }: { figure: ShownFigure; target?: IndexTarget }) {
  const t = useTranslations("index.headline");
  const lang = useLocale() as Lang;
  if (!target) return null;
  const shown = publishedIndex(figure);
  const met = shown !== null && shown >= target.percent;
  return (
    <>
      <dt>{t("target")}</dt>
      <dd data-value="target">
        {t("targetValue", { percent: percentText(target.percent, lang), year: target.year })}
        {shown !== null ? (
          <>
            {" "}
            <span className={`tag ${met ? "ok" : "warn"}`}>{met ? t("met") : t("notMet")}</span>
          </>
        ) : null}
      </dd>
    </>
  );
}

/** The headline figures of one unit's subtree: quick index with its statistics, service indices, dossier ratio. */
export function Headline({
  figures,
  previous,
  dossiers,
  target,
  instrumentTitles,
  minN,
}: {
  figures: UnitFigures;
  previous: UnitFigures | undefined;
  dossiers: DossierCounts | undefined;
  target: IndexTarget | undefined;
  instrumentTitles: ReadonlyMap<string, { vi: string; en: string }>;
  minN: number;
}) {
  const t = useTranslations("index.headline");
  const lang = useLocale() as Lang;
  const { quick } = figures;
  const ratio = dossierRatio(dossiers);
  return (
    <div className="grid2" data-testid="headline">
      <section aria-labelledby="quick-title">
        <h3 id="quick-title">{t("quick")}</h3>
        <p>
          <span className="figure" data-value="quick-index">
            {indexText(quick.index, quick.enoughSamples, lang, "%")}
          </span>
        </p>
        <dl className="facts">
          <dt>{t("n")}</dt>
          <dd data-value="quick-n">{quick.n}</dd>
          <dt>{t("interval")}</dt>
          <dd>{intervalText(quick.wilson, quick.enoughSamples, lang)}</dd>
          <dt>{t("mean", { size: quick.distribution.length })}</dt>
          <dd>{meanScoreText(quick.meanScore, lang)}</dd>
          <dt>{t("change")}</dt>
          <dd data-value="quick-change">{changeText(indexChange(quick, previous?.quick), lang)}</dd>
          <TargetNote figure={quick} target={target} />
        </dl>
        {!quick.enoughSamples ? <p className="muted small">{belowMinimumText(minN, lang)}</p> : null}
      </section>
      {figures.instruments.map((instrument) => {
        const before = previous?.instruments.find((i) => i.key === instrument.key);
        const change = indexChange(
          { index: instrument.service, enoughSamples: instrument.enoughSamples },
          serviceFigure(before),
        );
        return (
          <section key={instrument.key} aria-labelledby={`service-${instrument.key}`}>
            <h3 id={`service-${instrument.key}`}>
              {instrumentTitles.get(instrument.key)?.[lang] ?? instrument.key}
            </h3>
            <p>
              <span className="figure" data-value={`service-index-${instrument.key}`}>
                {indexText(instrument.service, instrument.enoughSamples, lang, "%")}
              </span>
            </p>
            <dl className="facts">
              <dt>{t("service")}</dt>
              <dd>
                {t("elementsAnswered", {
                  count: instrument.elements.filter((e) => e.index !== null).length,
                })}
              </dd>
              <dt>{t("answers")}</dt>
              <dd>{instrument.answers}</dd>
              <dt>{t("change")}</dt>
              <dd>{changeText(change, lang)}</dd>
            </dl>
          </section>
        );
      })}
      {ratio !== null && dossiers ? (
        <section aria-labelledby="dossier-title">
          <h3 id="dossier-title">{t("dossierTitle")}</h3>
          <p>
            <span className="figure" data-value="dossier-ratio">
              {percentText(ratio, lang)}
            </span>
          </p>
          <p className="muted small">
            {t("dossierFormula", { dossiers: dossiers.dossiers, bad: dossiers.bad })}
          </p>
        </section>
      ) : null}
    </div>
  );
}
