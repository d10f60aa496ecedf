import { useTranslations } from "next-intl";
import { Field } from "@/components/form/field";

/** The "Quyết định công bố" choice shared by the procedure, abolition and import forms. */
export function AnnouncementField({
  announcements,
  error,
  defaultValue,
}: {
  announcements: ReadonlyArray<{ id: number; number: string; issuedOn?: string }>;
  error?: string;
  defaultValue?: string;
}) {
  const t = useTranslations("catalog.announcementField");
  return (
    <Field name="announcementId" label={t("label")} error={error}>
      {(p) => (
        <select {...p} defaultValue={defaultValue}>
          <option value="">{t("none")}</option>
          {announcements.map((a) => (
            <option key={a.id} value={a.id}>
              {a.number}
              {a.issuedOn ? ` (${a.issuedOn})` : ""}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
