import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Lang } from "@/i18n/locales";
import { channels } from "@/lib/constants";
import { periodKinds } from "../dashboard-params";
import type { FilterOptions } from "../server/dashboard-queries";

function Select({
  id,
  label,
  value,
  options,
  all,
  kind,
}: {
  id: string;
  /** The period kinds this input belongs to (`data-kind`), shown only when one of them is chosen. */
  kind?: string;
  label: string;
  value: string | undefined;
  options: Array<{ value: string; label: string }>;
  /** The first option's label (no value: no filter); null for none. */
  all: string | null;
}) {
  return (
    <div data-kind={kind}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} defaultValue={value ?? ""}>
        {all !== null ? <option value="">{all}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The dashboard filters as a GET form: works without JavaScript, every choice stays in the URL. The period
 * is one choice of kind, then only that kind's inputs: CSS (`:has`, app/(manage)/quan-ly/dashboard.css)
 * hides the others as soon as the kind changes, with or without JavaScript.
 */
export function FilterForm({
  path,
  values,
  options,
  today,
  keep = {},
}: {
  path: string;
  values: Record<string, string>;
  options: FilterOptions;
  today: string;
  keep?: Record<string, string>;
}) {
  const t = useTranslations("index");
  const lang = useLocale() as Lang;
  const all = t("filters.all");
  const year = Number(today.slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => String(year - i));
  const kind = (periodKinds as readonly string[]).includes(values.ky ?? "") ? values.ky : periodKinds[0];
  return (
    <search>
      {/* Keyed by the query: a link that drops a filter shows a form without it (not the last one's choices). */}
      <form key={new URLSearchParams(values).toString()} method="get" action={path}>
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <fieldset className="dash-period">
          <legend>{t("filters.period")}</legend>
          <p className="muted small" id="ky-hint">
            {t("filters.kindHint")}
          </p>
          <div className="filters">
            <div>
              <label htmlFor="ky">{t("filters.kind")}</label>
              <select id="ky" name="ky" defaultValue={kind} aria-describedby="ky-hint">
                {periodKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`periodKinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div data-kind="thang">
              <label htmlFor="thang">{t("filters.month")}</label>
              <input id="thang" name="thang" type="month" defaultValue={values.thang ?? today.slice(0, 7)} />
            </div>
            <Select
              id="quy"
              kind="quy"
              label={t("filters.quarter")}
              value={values.quy}
              options={[1, 2, 3, 4].map((q) => ({
                value: String(q),
                label: t("filters.quarterOption", { quarter: q }),
              }))}
              all={t("filters.currentQuarter")}
            />
            <Select
              id="nam"
              kind="quy nam"
              label={t("filters.year")}
              value={values.nam}
              options={years.map((y) => ({ value: y, label: y }))}
              all={t("filters.thisYear")}
            />
            <div data-kind="tuy-chon">
              <label htmlFor="tu">{t("filters.from")}</label>
              <input id="tu" name="tu" type="date" defaultValue={values.tu} />
            </div>
            <div data-kind="tuy-chon">
              <label htmlFor="den">{t("filters.to")}</label>
              <input id="den" name="den" type="date" defaultValue={values.den} />
            </div>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t("filters.filters")}</legend>
          <div className="filters">
            <Select
              id="phieu"
              label={t("filters.instrument")}
              value={values.phieu}
              options={options.instruments.map((i) => ({ value: i.key, label: i.title[lang] }))}
              all={all}
            />
            <Select
              id="kenh"
              label={t("filters.channel")}
              value={values.kenh}
              options={channels.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
              all={all}
            />
            <Select
              id="linh-vuc"
              label={t("filters.field")}
              value={values["linh-vuc"]}
              options={options.fields.map((f) => ({ value: String(f.id), label: f.name }))}
              all={all}
            />
            <Select
              id="thu-tuc"
              label={t("filters.procedure")}
              value={values["thu-tuc"]}
              options={options.procedures.map((p) => ({
                value: String(p.id),
                label: `${p.code} — ${p.name}`,
              }))}
              all={all}
            />
            {options.counters ? (
              <Select
                id="quay"
                label={t("filters.counter")}
                value={values.quay}
                options={options.counters.map((c) => ({ value: String(c.id), label: c.label }))}
                all={all}
              />
            ) : (
              <p className="muted">{t("filters.counterHint")}</p>
            )}
          </div>
        </fieldset>
        <p>
          <button type="submit">{t("filters.apply")}</button>{" "}
          <Link prefetch={false} className="button secondary" href={path}>
            {t("filters.clear")}
          </Link>
        </p>
      </form>
    </search>
  );
}
