import { useLocale, useTranslations } from "next-intl";
import { Fragment } from "react";
import type { Lang } from "@/i18n/locales";
import {
  type DossierFigures,
  type DossierRate,
  dossierN,
  dossierRate,
  dossierRateWithReason,
} from "../dossier-figures";
import {
  belowMinimumText,
  changeText,
  figureColumns,
  indexText,
  intervalText,
  meanScoreText,
  percentText,
  publishedIndex,
  type ShownFigure,
} from "../figures";
import { indexChange, serviceFigure, type UnitFigures } from "../index-engine";
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

type DossierCount =
  | "early"
  | "onTime"
  | "late"
  | "withApology"
  | "pendingOverdue"
  | "complained"
  | "ratedUnsatisfied";

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** One dossier figure: its value (or "—" and why), its n and the counts it is made of. */
function DossierSection({
  dossiers,
  rate,
  counts,
}: {
  dossiers: DossierFigures | undefined;
  rate: DossierRate;
  counts: readonly DossierCount[];
}) {
  const t = useTranslations("index.headline");
  const lang = useLocale() as Lang;
  const columns = figureColumns(lang);
  const id = `${kebab(rate)}-title`;
  const nKey = rate === "onTimeRate" ? "onTimeN" : "qd766N";
  return (
    <section aria-labelledby={id} data-testid={kebab(rate)}>
      <h3 id={id}>{t(rate === "onTimeRate" ? "onTimeTitle" : "qd766Title")}</h3>
      <p>
        <span className={dossierRate(dossiers, rate) === null ? "muted" : "figure"} data-value={kebab(rate)}>
          {dossierRateWithReason(dossiers, rate, lang)}
        </span>
      </p>
      <dl className="facts">
        <dt>{columns[nKey]}</dt>
        <dd data-value={kebab(nKey)}>{dossierN(dossiers, rate)}</dd>
        {counts.map((key) => (
          <Fragment key={key}>
            <dt>{columns[key]}</dt>
            <dd data-value={kebab(key)}>{dossiers?.[key] ?? 0}</dd>
          </Fragment>
        ))}
      </dl>
      <p className="muted small">{t(rate === "onTimeRate" ? "onTimeFormula" : "qd766Formula")}</p>
    </section>
  );
}

/**
 * The headline figures of one unit's subtree: quick index with its statistics, service indices, and beside
 * them the dossier figures — the on-time rate and the QĐ 766 ratio, each with its n and counts.
 */
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
  dossiers: DossierFigures | undefined;
  target: IndexTarget | undefined;
  instrumentTitles: ReadonlyMap<string, { vi: string; en: string }>;
  minN: number;
}) {
  const t = useTranslations("index.headline");
  const lang = useLocale() as Lang;
  const { quick } = figures;
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
      <DossierSection
        dossiers={dossiers}
        rate="onTimeRate"
        counts={["early", "onTime", "late", "withApology", "pendingOverdue"]}
      />
      <DossierSection
        dossiers={dossiers}
        rate="qd766Ratio"
        counts={["late", "complained", "ratedUnsatisfied"]}
      />
    </div>
  );
}
