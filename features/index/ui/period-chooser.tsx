import { getTranslations } from "next-intl/server";
import type { Lang } from "@/i18n/locales";
import { type Period, periodLabel } from "../dashboard-params";
import { periodChoice } from "../public-index";

type Offered = Pick<Period, "kind" | "from" | "to">;

/**
 * The board's other periods as one select (months, quarters, years) and a button: a GET form, so it works
 * without JavaScript; the page turns the choice back into the board's address.
 */
export async function PeriodChooser({
  lang,
  period,
  offered,
}: {
  lang: Lang;
  period: Offered;
  offered: Offered[];
}) {
  const t = await getTranslations({ locale: lang, namespace: "board" });
  const current = periodChoice(period);
  // A period asked for by its address but not offered (an older year) is still the one selected.
  const periods = offered.some((p) => periodChoice(p) === current) ? offered : [period, ...offered];
  const groups = [
    { kind: "thang", title: t("months") },
    { kind: "quy", title: t("quarters") },
    { kind: "nam", title: t("years") },
  ] as const;
  return (
    <form method="get" action={`/${lang}/cong-khai`} className="period-chooser">
      <label htmlFor="period-choice">{t("otherPeriods")}</label>
      <div className="inline-form">
        <select id="period-choice" name="chon" defaultValue={current}>
          {groups.map((group) => (
            <optgroup key={group.kind} label={group.title}>
              {periods
                .filter((p) => p.kind === group.kind)
                .map((p) => (
                  <option key={p.from} value={periodChoice(p)}>
                    {periodLabel(p, lang)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <button type="submit" className="secondary">
          {t("show")}
        </button>
      </div>
    </form>
  );
}
