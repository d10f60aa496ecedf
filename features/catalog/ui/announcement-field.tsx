import { useTranslations } from "next-intl";
import { Field } from "@/components/form/field";

/** The "Quyết định công bố" choice shared by the procedure, abolition and import forms. */
export function AnnouncementField({
  announcements,
  error,
  defaultValue,
  hint,
}: {
  announcements: ReadonlyArray<{ id: number; number: string; issuedOn?: string; effectiveOn?: string }>;
  error?: string;
  defaultValue?: string;
  hint?: string;
}) {
  const t = useTranslations("catalog.announcementField");
  return (
    <Field name="announcementId" label={t("label")} hint={hint} error={error}>
      {(p) => (
        <select {...p} defaultValue={defaultValue}>
          <option value="">{t("none")}</option>
          {announcements.map((a) => (
            <option key={a.id} value={a.id}>
              {a.effectiveOn
                ? t("effective", { number: a.number, date: a.effectiveOn })
                : `${a.number}${a.issuedOn ? ` (${a.issuedOn})` : ""}`}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
