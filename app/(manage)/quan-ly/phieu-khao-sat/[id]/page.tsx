import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/form/notice";
import { can, instrumentGrant } from "@/features/access/permissions";
import { requireActor } from "@/features/access/server/actor";
import { getInstrumentVersion } from "@/features/survey/server/instrument-queries";
import { PublishInstrumentForm } from "@/features/survey/ui/instrument-forms";
import { getUnitById } from "@/features/units/server/unit-queries";
import type { Lang } from "@/i18n/locales";
import { formatDate, localDay } from "@/lib/time";
import { publishInstrumentAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("instruments.version");
  return { title: t("title"), robots: { index: false } };
}

export default async function InstrumentVersionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ "da-xuat-ban"?: string }>;
}) {
  const manager = await requireActor();
  const t = await getTranslations("instruments");
  const lang = (await getLocale()) as Lang;
  const id = Number((await params).id);
  const version = Number.isSafeInteger(id) && id > 0 ? await getInstrumentVersion(id) : undefined;
  // Another unit's questionnaire does not exist for this manager.
  if (!version || (version.unitId !== null && !manager.scopeUnitIds.has(version.unitId))) notFound();
  const justPublished = (await searchParams)["da-xuat-ban"] === "1";
  const owner = version.unitId === null ? undefined : await getUnitById(version.unitId);
  const editable = can(manager, instrumentGrant(version.unitId));
  const d = version.definition;
  return (
    <>
      <p>
        <Link href="/quan-ly/phieu-khao-sat">{t("edit.back")}</Link>
      </p>
      <h1>{d.title[lang]}</h1>
      {justPublished ? <Notice>{t("version.published")}</Notice> : null}
      <dl className="facts">
        <dt>{t("version.key")}</dt>
        <dd>
          <code>{version.key}</code>, {t("version.versionNumber", { version: version.version })}
        </dd>
        <dt>{t("version.status")}</dt>
        <dd>{t(`statuses.${version.status}`)}</dd>
        <dt>{t("version.unit")}</dt>
        <dd>{owner?.name ?? t("list.shared")}</dd>
        <dt>{t("version.kindScale")}</dt>
        <dd>
          {t(`version.${d.kind}`)}; {d.scale.map((s) => s.label[lang]).join(" · ")}
        </dd>
        <dt>{t("version.publishedOn")}</dt>
        <dd>
          {version.publishedAt ? formatDate(localDay(version.publishedAt), lang) : t("version.notPublished")}
        </dd>
      </dl>
      {d.kind === "quick" ? (
        <p>
          <strong>{t("version.question")}</strong> {d.question?.[lang]}
        </p>
      ) : (
        d.elements.map((e) => (
          <section key={e.key} aria-labelledby={`el-${e.key}`}>
            <h2 id={`el-${e.key}`}>
              {e.key}. {e.title[lang]}
            </h2>
            <ol>
              {e.items.map((i) => (
                <li key={i.key}>
                  {i.text[lang]} <span className="muted small">({i.key})</span>
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
      {editable ? (
        <div className="actions">
          {version.status === "draft" ? (
            <>
              <Link className="button secondary" href={`/quan-ly/phieu-khao-sat/moi?sua=${version.id}`}>
                {t("version.editDraft")}
              </Link>
              <PublishInstrumentForm action={publishInstrumentAction} id={version.id} />
            </>
          ) : (
            <Link className="button secondary" href={`/quan-ly/phieu-khao-sat/moi?tu=${version.id}`}>
              {t("version.newVersion")}
            </Link>
          )}
        </div>
      ) : null}
    </>
  );
}
