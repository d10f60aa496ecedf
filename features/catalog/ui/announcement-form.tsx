"use client";

import { ActionForm } from "@/components/form/action-form";
import { Field } from "@/components/form/field";
import type { ActionState } from "@/lib/action";

const inputs = [
  ["number", "Số quyết định", "text"],
  ["title", "Trích yếu", "text"],
  ["issuer", "Cơ quan ban hành", "text"],
  ["issuedOn", "Ngày ban hành", "date"],
  ["effectiveOn", "Ngày có hiệu lực", "date"],
  ["url", "Đường dẫn văn bản (không bắt buộc)", "url"],
] as const;

export function AnnouncementForm({
  action,
}: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
}) {
  return (
    <ActionForm action={action} submitLabel="Thêm quyết định">
      {(state) => (
        <div className="grid2">
          {inputs.map(([name, label, type]) => (
            <Field key={name} name={name} label={label} error={state.fieldErrors?.[name]}>
              {(p) => <input {...p} type={type} defaultValue={state.values?.[name] ?? ""} />}
            </Field>
          ))}
        </div>
      )}
    </ActionForm>
  );
}
