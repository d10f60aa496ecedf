import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { officerMonth } from "@/features/dossiers/officers";
import {
  administeredUnits,
  officerAdministration,
  officerFigures,
} from "@/features/dossiers/server/officers";
import { OfficerFiguresTable } from "@/features/dossiers/ui/officer-figures-table";
import { OfficerEvaluationForm, OfficerForm } from "@/features/dossiers/ui/officer-forms";
import { monthText, notEnoughAnswers } from "@/features/index/figures";
import type { Lang } from "@/i18n/locales";
import { localDay } from "@/lib/time";
import { saveOfficerAction, setOfficerEvaluationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("officers.page");
  return { title: t("title"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/**
 * A unit's one-stop officers, for its administrators: the opt-in to ratings per officer, the figures of
 * every officer in a month, and the codes with their names and linked accounts. Anyone else gets a 404
 * (a linked officer reads their own figures on /quan-ly/can-bo/cua-toi).
 */
export default async function OfficersPage({ searchParams }: { searchParams: SearchParams }) {
  const manager = await requireActor();
  const t = await getTranslations("officers");
  const lang = (await getLocale()) as Lang;
  const raw = await searchParams;
  const units = await administeredUnits(manager);
  if (units.length === 0) notFound();
  const rawUnit = first(raw["don-vi"]);
  const unitId = rawUnit === "" ? units[0]?.id : /^\d{1,9}$/.test(rawUnit) ? Number(rawUnit) : undefined;
  const admin = unitId === undefined ? undefined : await officerAdministration(manager, unitId);
  if (!admin) notFound();
  const { month, range } = officerMonth(first(raw.thang), localDay(new Date()));
  const figures = await officerFigures(manager, admin.unit.id, range);
  if (!figures.ok) notFound();
  const editCode = first(raw.ma);
  const editing = editCode
    ? (admin.officers.find((o) => o.code === editCode) ?? { code: editCode, name: null, userId: null })
    : undefined;
  const here = (more: Record<string, string> = {}) =>
    `/quan-ly/can-bo?${new URLSearchParams({ "don-vi": String(admin.unit.id), thang: month, ...more })}`;
  return (
    <>
      <h1>{t("page.heading")}</h1>
      <p>{t("page.intro")}</p>
      <form method="get" action="/quan-ly/can-bo" className="grid2">
        <div>
          <label htmlFor="don-vi">{t("page.unit")}</label>
          <select id="don-vi" name="don-vi" defaultValue={String(admin.unit.id)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="thang">{t("page.month")}</label>
          <input id="thang" name="thang" type="month" defaultValue={month} />
        </div>
        <p>
          <button type="submit" className="secondary">
            {t("page.show")}
          </button>
        </p>
      </form>
      <p>
        <Link href="/quan-ly/can-bo/cua-toi">{t("page.ownLink")}</Link>
      </p>

      <h2>{t("evaluation.heading")}</h2>
      <p data-testid="officer-evaluation">{admin.enabled ? t("evaluation.on") : t("evaluation.off")}</p>
      <OfficerEvaluationForm
        action={setOfficerEvaluationAction}
        unitId={admin.unit.id}
        enabled={admin.enabled}
      />

      {figures.value.enabled ? (
        <>
          <h2>{t("figures.heading", { month: monthText(month) })}</h2>
          <p>{t("figures.attribution")}</p>
          <p>{t("figures.minN", { minN: figures.value.minN, notEnough: notEnoughAnswers(lang) })}</p>
          <OfficerFiguresTable figures={figures.value} lang={lang} editHref={(code) => here({ ma: code })} />
        </>
      ) : null}

      <h2>{t("list.heading")}</h2>
      <p>{t("list.intro")}</p>
      {admin.officers.length === 0 ? (
        <p>{t("list.none")}</p>
      ) : (
        <table data-testid="officer-codes">
          <thead>
            <tr>
              <th scope="col">{t("figures.columns.code")}</th>
              <th scope="col">{t("figures.columns.name")}</th>
              <th scope="col">{t("figures.columns.account")}</th>
              <th scope="col">{t("figures.columns.edit")}</th>
            </tr>
          </thead>
          <tbody>
            {admin.officers.map((o) => (
              <tr key={o.id}>
                <td>{o.code}</td>
                <td>{o.name ?? t("figures.unnamed")}</td>
                <td>{o.userEmail ?? t("list.noAccount")}</td>
                <td>
                  <Link href={here({ ma: o.code })} aria-label={t("figures.editLabel", { code: o.code })}>
                    {t("figures.columns.edit")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {admin.unmapped.length > 0 ? (
        <>
          <h3>{t("list.unmappedHeading")}</h3>
          <ul data-testid="unmapped-codes">
            {admin.unmapped.map((u) => (
              <li key={u.code}>
                <code>{u.code}</code> — {t("list.dossiers", { count: u.dossiers })} —{" "}
                <Link href={here({ ma: u.code })} aria-label={t("list.nameItLabel", { code: u.code })}>
                  {t("list.nameIt")}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 id="ma-can-bo">{editing ? t("list.editHeading", { code: editing.code }) : t("list.addHeading")}</h3>
      <OfficerForm
        key={editing?.code ?? ""}
        action={saveOfficerAction}
        unitId={admin.unit.id}
        officer={editing}
        accounts={admin.accounts}
      />
    </>
  );
}
