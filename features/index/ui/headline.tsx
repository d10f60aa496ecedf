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
  if (!target) return null;
  const shown = publishedIndex(figure);
  const met = shown !== null && shown >= target.percent;
  return (
    <>
      <dt>Mục tiêu / Target</dt>
      <dd data-value="target">
        ≥ {percentText(target.percent)} vào năm {target.year}
        {shown !== null ? (
          <>
            {" "}
            <span className={`tag ${met ? "ok" : "warn"}`}>{met ? "Đạt / Met" : "Chưa đạt / Not met"}</span>
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
  instrumentTitles: ReadonlyMap<string, string>;
  minN: number;
}) {
  const { quick } = figures;
  const ratio = dossierRatio(dossiers);
  return (
    <div className="grid2" data-testid="headline">
      <section aria-labelledby="quick-title">
        <h3 id="quick-title">Câu hỏi nhanh / Quick question</h3>
        <p>
          <span className="figure" data-value="quick-index">
            {indexText(quick.index, quick.enoughSamples, "vi", "%")}
          </span>
        </p>
        <dl className="facts">
          <dt>Số lượt trả lời (n)</dt>
          <dd data-value="quick-n">{quick.n}</dd>
          <dt>Khoảng tin cậy 95% (Wilson)</dt>
          <dd>{intervalText(quick.wilson, quick.enoughSamples)}</dd>
          <dt>Điểm trung bình (1–{quick.distribution.length})</dt>
          <dd>{meanScoreText(quick.meanScore)}</dd>
          <dt>So với kỳ trước / Change</dt>
          <dd data-value="quick-change">{changeText(indexChange(quick, previous?.quick))}</dd>
          <TargetNote figure={quick} target={target} />
        </dl>
        {!quick.enoughSamples ? <p className="muted small">{belowMinimumText(minN)}</p> : null}
      </section>
      {figures.instruments.map((instrument) => {
        const before = previous?.instruments.find((i) => i.key === instrument.key);
        const change = indexChange(
          { index: instrument.service, enoughSamples: instrument.enoughSamples },
          serviceFigure(before),
        );
        return (
          <section key={instrument.key} aria-labelledby={`service-${instrument.key}`}>
            <h3 id={`service-${instrument.key}`}>{instrumentTitles.get(instrument.key) ?? instrument.key}</h3>
            <p>
              <span className="figure" data-value={`service-index-${instrument.key}`}>
                {indexText(instrument.service, instrument.enoughSamples, "vi", "%")}
              </span>
            </p>
            <dl className="facts">
              <dt>Chỉ số dịch vụ = trung bình các yếu tố</dt>
              <dd>{instrument.elements.filter((e) => e.index !== null).length} yếu tố có trả lời</dd>
              <dt>Số câu trả lời hợp lệ</dt>
              <dd>{instrument.answers}</dd>
              <dt>So với kỳ trước / Change</dt>
              <dd>{changeText(change)}</dd>
            </dl>
          </section>
        );
      })}
      {ratio !== null && dossiers ? (
        <section aria-labelledby="dossier-title">
          <h3 id="dossier-title">Tỷ lệ hài lòng theo hồ sơ (QĐ 766/QĐ-TTg)</h3>
          <p>
            <span className="figure" data-value="dossier-ratio">
              {percentText(ratio)}
            </span>
          </p>
          <p className="muted small">
            ({dossiers.dossiers} hồ sơ − {dossiers.bad} hồ sơ bị đánh giá không hài lòng, bị phản ánh hoặc trễ
            hạn) ÷ {dossiers.dossiers} hồ sơ × 100
          </p>
        </section>
      ) : null}
    </div>
  );
}
