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
  return (
    <Field name="announcementId" label="Quyết định công bố" error={error}>
      {(p) => (
        <select {...p} defaultValue={defaultValue}>
          <option value="">— Chưa chọn —</option>
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
