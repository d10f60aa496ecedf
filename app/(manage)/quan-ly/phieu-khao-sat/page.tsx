import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { listInstrumentVersions } from "@/features/survey/server/instrument-queries";
import { UnitInstrumentForm } from "@/features/survey/ui/instrument-forms";
import { listUnitsByIds } from "@/features/units/server/unit-queries";
import type { Lang } from "@/i18n/locales";
import { byName } from "@/lib/collate";
import { formatDate, localDay } from "@/lib/time";
import { chooseUnitInstrumentAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("instruments.list");
  return { title: t("title"), robots: { index: false } };
}

/** Questionnaires as versioned data, and which one each unit's posters and kiosks use. */
export default async function InstrumentsPage() {
  const manager = await requireActor();
  const t = await getTranslations("instruments");
  const lang = (await getLocale()) as Lang;
  const [versions, editableUnits, scopeUnits] = await Promise.all([
    listInstrumentVersions([...manager.scopeUnitIds]),
    listUnitsByIds([...manager.editableUnitIds]),
    listUnitsByIds([...manager.scopeUnitIds]),
  ]);
  const unitName = new Map(scopeUnits.map((u) => [u.id, u.name]));
  const published = versions.filter((v) => v.status === "published");
  const label = (v: (typeof versions)[number]) =>
    t("list.option", { title: v.definition.title[lang], key: v.key, version: v.version });
  // A unit may use the shipped questionnaires and those of itself or a unit above it.
  const ancestorsOf = (unitId: number): Set<number> => {
    const chain = new Set<number>();
    let current = scopeUnits.find((u) => u.id === unitId);
    while (current && !chain.has(current.id)) {
      chain.add(current.id);
      current = scopeUnits.find((u) => u.id === current?.parentId);
    }
    return chain;
  };
  const units = editableUnits.filter((u) => !u.validTo).sort(byName);
  return (
    <>
      <h1>{t("list.heading")}</h1>
      <p>{t("list.intro")}</p>
      {units.length > 0 ? (
        <p>
          <Link className="button" href="/quan-ly/phieu-khao-sat/moi">
            {t("list.create")}
          </Link>
        </p>
      ) : null}
      <table>
        <caption className="muted" style={{ textAlign: "left" }}>
          {t("list.caption")}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("list.columns.instrument")}</th>
            <th scope="col">{t("list.columns.key")}</th>
            <th scope="col" className="num">
              {t("list.columns.version")}
            </th>
            <th scope="col">{t("list.columns.kind")}</th>
            <th scope="col">{t("list.columns.unit")}</th>
            <th scope="col">{t("list.columns.status")}</th>
            <th scope="col">{t("list.columns.published")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <td>
                <Link href={`/quan-ly/phieu-khao-sat/${v.id}`}>{v.definition.title[lang]}</Link>
              </td>
              <td>
                <code>{v.key}</code>
              </td>
              <td className="num">{v.version}</td>
              <td>
                {t("list.kindScale", {
                  kind: t(`list.kinds.${v.definition.kind}`),
                  levels: v.definition.scale.length,
                })}
              </td>
              <td>{v.unitName ?? t("list.shared")}</td>
              <td>{t(`statuses.${v.status}`)}</td>
              <td>{v.publishedAt ? formatDate(localDay(v.publishedAt), lang) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {units.length > 0 ? (
        <>
          <h2>{t("list.unitsHeading")}</h2>
          <p className="muted">{t("list.unitsIntro")}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("list.unitColumn")}</th>
                <th scope="col">{t("list.instrumentColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => {
                const owners = ancestorsOf(u.id);
                const options = published
                  .filter((v) => v.unitId === null || owners.has(v.unitId))
                  .map((v) => ({ key: v.key, label: label(v) }));
                return (
                  <tr key={u.id}>
                    <td>{unitName.get(u.id) ?? u.name}</td>
                    <td>
                      <UnitInstrumentForm
                        action={chooseUnitInstrumentAction}
                        unit={{ id: u.id, name: u.name }}
                        options={options}
                        current={u.surveyInstrumentKey ?? "quick"}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
