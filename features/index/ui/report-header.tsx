import { useLocale, useTranslations } from "next-intl";
import type { Lang } from "@/i18n/locales";
import { dateLineParts, type HeaderUnit, headerName, reportPlace, unitAbbreviation } from "../report-header";

/**
 * The administrative header of the monthly report (Nghị định 30/2020/NĐ-CP): left the unit's parent and
 * the unit in capitals with the report's number left blank for the clerk; right the national name, the
 * motto underlined, the place and date; then "BÁO CÁO" and the subject.
 */
export function ReportHeader({
  chain,
  day,
  month,
}: {
  /** The unit, then its ancestors, nearest first. */
  chain: readonly HeaderUnit[];
  /** The report's date (YYYY-MM-DD). */
  day: string;
  /** The month reported on (YYYY-MM). */
  month: string;
}) {
  const t = useTranslations("index.report.header");
  const lang = useLocale() as Lang;
  const [unit, parent] = chain;
  if (!unit) return null;
  return (
    <>
      <header className="doc-header" data-testid="report-header">
        <div className="doc-issuer">
          {parent ? <p data-proper-name>{headerName(parent, lang)}</p> : null}
          <p data-proper-name>
            <strong>{headerName(unit, lang)}</strong>
          </p>
          <p className="doc-rule" aria-hidden="true" />
          <p data-testid="report-number">{t("number", { abbr: unitAbbreviation(unit) })}</p>
        </div>
        <div className="doc-nation">
          <p>
            <strong>{t("nation")}</strong>
          </p>
          <p>
            <strong className="doc-motto">{t("motto")}</strong>
          </p>
          <p className="doc-date" data-testid="report-date">
            <em>{t("dateLine", { place: reportPlace(chain, lang), ...dateLineParts(day) })}</em>
          </p>
        </div>
      </header>
      <h1 className="doc-title">
        <span className="doc-kind">{t("kind")}</span>{" "}
        <span className="doc-subject">
          {t("subject", { month: month.slice(5, 7), year: month.slice(0, 4) })}
        </span>
      </h1>
    </>
  );
}

/** Where the report goes and who signs it, as on any administrative report. */
export function ReportSignature({ preparedBy }: { preparedBy: string }) {
  const t = useTranslations("index.report.header");
  return (
    <div className="doc-footer" data-testid="report-signature">
      <div className="doc-recipients">
        <p>
          <strong>
            <em>{t("recipients")}</em>
          </strong>
        </p>
        <p>{t("recipientOther")}</p>
        <p>{t("archive")}</p>
      </div>
      <div className="doc-signer">
        <p>
          <strong>{t("signer")}</strong>
        </p>
        <p>
          <em>{t("signHint")}</em>
        </p>
        <p className="doc-sign-space" />
        <p data-proper-name>
          <strong>{preparedBy}</strong>
        </p>
      </div>
    </div>
  );
}
