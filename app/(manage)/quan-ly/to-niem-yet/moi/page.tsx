import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/form/notice";
import { requireActor } from "@/features/access/server/actor";
import { posterChoicesOf } from "@/features/posters/server/posters";
import { PosterForm } from "@/features/posters/ui/poster-form";
import { type PosterKind, posterKinds } from "@/lib/constants";
import { createPosterAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("posters.new");
  return { title: t("title"), robots: { index: false } };
}

/** The kinds that print a unit's procedures (one code each, or one per field). */
const PROCEDURE_KINDS: readonly PosterKind[] = ["procedure_sheet", "field_poster"];

/**
 * A unit with no procedure in force has nothing to put on these kinds: say so, and offer what it can print —
 * the posters that carry only its survey code.
 */
async function NoProcedures({
  unitId,
  unitName,
  kind,
}: {
  unitId: number;
  unitName: string;
  kind: PosterKind;
}) {
  const t = await getTranslations("posters");
  const MARK = "\u0000";
  const [before = "", after = ""] = t("new.noProceduresNext", { place: MARK }).split(MARK);
  return (
    <>
      <h1>{t(`kinds.${kind}`)}</h1>
      <p>{unitName}</p>
      <div className="notice" role="note">
        <p data-testid="no-procedures">{t("new.noProcedures")}</p>
        <p>
          {before}
          <Link href="/quan-ly/thu-tuc">{t("new.noProceduresPlace")}</Link>
          {after}
        </p>
        <ul>
          {SURVEY_ONLY_KINDS.map((k) => (
            <li key={k}>
              <Link href={`/quan-ly/to-niem-yet/moi?unit=${unitId}&kind=${k}`}>{t(`kinds.${k}`)}</Link>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

/** Posters with only the unit's (or a counter's) survey code. */
const SURVEY_ONLY_KINDS: readonly PosterKind[] = ["survey_poster", "standee_a5", "table_tent_a6"];

type Props = { searchParams: Promise<{ unit?: string; kind?: string; "linh-vuc"?: string }> };

export default async function NewPosterPage({ searchParams }: Props) {
  const manager = await requireActor();
  const t = await getTranslations("posters");
  const params = await searchParams;
  const unitId = /^\d{1,9}$/.test(params.unit ?? "") ? Number(params.unit) : Number.NaN;
  const kind = posterKinds.find((k) => k === params.kind);
  const choices = await posterChoicesOf(manager, unitId);
  if (!choices || !kind) {
    return (
      <Notice failed>
        <p>{t("new.invalid")}</p>
        <Link href="/quan-ly/to-niem-yet">{t("new.chooseAgain")}</Link>
      </Notice>
    );
  }
  const { unit, sources } = choices;
  const fieldFilter = params["linh-vuc"] ?? "";
  const fields = [...new Map(sources.procedures.map((p) => [p.fieldCode, p.fieldName])).entries()].map(
    ([code, name]) => ({ code, name, count: sources.procedures.filter((p) => p.fieldCode === code).length }),
  );
  const procedures = sources.procedures.filter((p) => fieldFilter === "" || p.fieldCode === fieldFilter);
  if (sources.procedures.length === 0 && PROCEDURE_KINDS.includes(kind)) {
    return <NoProcedures unitId={unit.id} unitName={unit.name} kind={kind} />;
  }
  return (
    <>
      <h1>{t(`kinds.${kind}`)}</h1>
      <p>{unit.name}</p>
      {kind === "procedure_sheet" ? (
        <form method="get" className="searchbox">
          <input type="hidden" name="unit" value={unit.id} />
          <input type="hidden" name="kind" value={kind} />
          <label htmlFor="linh-vuc" className="visually-hidden">
            {t("new.filterLabel")}
          </label>
          <select id="linh-vuc" name="linh-vuc" defaultValue={fieldFilter}>
            <option value="">{t("new.allFields")}</option>
            {fields.map((f) => (
              <option key={f.code} value={f.code}>
                {f.name} ({f.count})
              </option>
            ))}
          </select>
          <button type="submit">{t("new.filter")}</button>
        </form>
      ) : null}
      <PosterForm
        action={createPosterAction}
        choices={{
          unitId: unit.id,
          kind,
          counters: sources.counters.map((c) => ({ id: c.id, name: c.name })),
          procedures: procedures.map(({ code, name, fieldCode, fieldName }) => ({
            code,
            name,
            fieldCode,
            fieldName,
          })),
          fields,
          fieldFilter,
        }}
      />
    </>
  );
}
