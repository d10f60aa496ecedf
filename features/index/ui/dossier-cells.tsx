import type { Lang } from "@/i18n/locales";
import {
  type DossierFigures,
  type DossierRate,
  dossierN,
  dossierRateText,
  noDossierReason,
  timelinessText,
} from "../dossier-figures";
import { figureColumns } from "../figures";

const COL: Record<DossierRate, string> = { onTimeRate: "on-time", qd766Ratio: "qd766" };

/** The column headers of the dossier figures: each rate, then its n. */
export function dossierHeaders(lang: Lang): Array<{ rate: DossierRate; label: string; nLabel: string }> {
  const columns = figureColumns(lang);
  return [
    { rate: "onTimeRate", label: columns.onTimeRate, nLabel: columns.onTimeN },
    { rate: "qd766Ratio", label: columns.qd766Ratio, nLabel: columns.qd766N },
  ];
}

/**
 * A dossier figure's two cells: the rate ("—" and why without dossiers; the on-time rate names its early,
 * on-time and late counts on hover) and its n.
 */
export function DossierCells({
  dossiers,
  rate,
  lang,
}: {
  dossiers: DossierFigures | undefined;
  rate: DossierRate;
  lang: Lang;
}) {
  const reason = noDossierReason(dossiers, rate, lang);
  return (
    <>
      <td
        className="num"
        data-col={COL[rate]}
        title={rate === "onTimeRate" && !reason ? timelinessText(dossiers, lang) : undefined}
      >
        {dossierRateText(dossiers, rate, lang)}
        {reason ? <span className="muted small"> {reason}</span> : null}
      </td>
      <td className="num" data-col={`${COL[rate]}-n`}>
        {dossierN(dossiers, rate)}
      </td>
    </>
  );
}
