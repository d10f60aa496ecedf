import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { can, instrumentGrant } from "@/features/access/permissions";
import { requireActor } from "@/features/access/server/actor";
import { elementsToText } from "@/features/survey/instrument-text";
import { getInstrumentVersion } from "@/features/survey/server/instrument-queries";
import { InstrumentForm, type InstrumentFormInitial } from "@/features/survey/ui/instrument-forms";
import { listUnitsByIds } from "@/features/units/server/unit-queries";
import type { Lang } from "@/i18n/locales";
import { byName } from "@/lib/collate";
import { saveInstrumentAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("instruments.edit");
  return { title: t("title"), robots: { index: false } };
}

const EXAMPLE = `# Tiếp đón | Reception
- Được hướng dẫn lấy số thứ tự ngay khi đến | Shown how to take a queue number on arrival
- Thời gian chờ đến lượt hợp lý | Reasonable waiting time

# Trả kết quả | Results
- Kết quả được trả đúng hẹn | Results returned on the promised day`;

/** New questionnaire, new version of one (?tu=<id>), or a draft's changes (?sua=<id>). */
export default async function NewInstrumentPage({
  searchParams,
}: {
  searchParams: Promise<{ tu?: string; sua?: string }>;
}) {
  const manager = await requireActor();
  const t = await getTranslations("instruments.edit");
  const lang = (await getLocale()) as Lang;
  const { tu, sua } = await searchParams;
  const sourceId = Number(sua ?? tu);
  const source = sua || tu ? await getInstrumentVersion(sourceId) : undefined;
  if ((sua || tu) && !source) notFound();
  if (source && !can(manager, instrumentGrant(source.unitId))) notFound();
  if (sua && source?.status !== "draft") notFound();
  const units = (await listUnitsByIds([...manager.editableUnitIds]))
    .filter((u) => !u.validTo)
    .sort(byName)
    .map((u) => ({ id: u.id, name: u.name }));
  const d = source?.definition;
  const initial: InstrumentFormInitial = {
    mode: sua ? "edit" : tu ? "version" : "new",
    sourceId: source?.id,
    key: source?.key ?? "",
    kind: d?.kind ?? "full",
    scale: d?.scale.length === 3 ? "3" : "5",
    titleVi: d?.title.vi ?? "",
    titleEn: d && d.title.en !== d.title.vi ? d.title.en : "",
    questionVi: d?.question?.vi ?? "",
    questionEn: d?.question && d.question.en !== d.question.vi ? d.question.en : "",
    elementsText: d ? elementsToText(d.elements) : EXAMPLE,
  };
  const heading = sua
    ? t("editDraft", { title: d?.title[lang] ?? "" })
    : tu
      ? t("newVersion", { title: d?.title[lang] ?? "" })
      : t("newOwn");
  return (
    <>
      <p>
        <Link href="/quan-ly/phieu-khao-sat">{t("back")}</Link>
      </p>
      <h1>{heading}</h1>
      <p className="muted">{t("intro")}</p>
      <InstrumentForm action={saveInstrumentAction} initial={initial} units={units} />
    </>
  );
}
