import Link from "next/link";
import { useTranslations } from "next-intl";
import { dashboardHref } from "../dashboard-params";

/** Downloads of the table on screen (same GET parameters) and the printable monthly report. */
export function ExportLinks({ values, unitId }: { values: Record<string, string>; unitId?: number }) {
  const t = useTranslations("index.exports");
  const params = unitId === undefined ? values : { ...values, "don-vi": String(unitId) };
  const report = dashboardHref("/quan-ly/bao-cao", {
    ...(unitId === undefined ? {} : { "don-vi": String(unitId) }),
    ...(values.ky === "thang" && values.thang ? { thang: values.thang } : {}),
  });
  return (
    <p className="noprint" data-testid="exports">
      <a href={dashboardHref("/quan-ly/xuat/chi-so", params, { "dinh-dang": "csv" })} download>
        {t("csv")}
      </a>
      {" · "}
      <a href={dashboardHref("/quan-ly/xuat/chi-so", params, { "dinh-dang": "xlsx" })} download>
        {t("xlsx")}
      </a>
      {" · "}
      <Link prefetch={false} href={report}>
        {t("report")}
      </Link>
    </p>
  );
}
