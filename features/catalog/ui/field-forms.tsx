"use client";

import { ActionForm } from "@/components/form/action-form";
import { Field } from "@/components/form/field";
import type { ActionState } from "@/lib/action";

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/** A new field: its name (and English name); the code is made from the name unless given. */
export function CreateFieldForm({ action }: { action: Action }) {
  return (
    <ActionForm action={action} submitLabel="Thêm lĩnh vực">
      {(state) => (
        <div className="grid2">
          <Field name="name" label="Tên lĩnh vực" error={state.fieldErrors?.name}>
            {(p) => <input {...p} type="text" defaultValue={state.values?.name ?? ""} />}
          </Field>
          <Field name="nameEn" label="Tên tiếng Anh (không bắt buộc)" error={state.fieldErrors?.nameEn}>
            {(p) => <input {...p} type="text" defaultValue={state.values?.nameEn ?? ""} />}
          </Field>
          <Field
            name="code"
            label="Mã (không bắt buộc)"
            hint="Để trống: mã được tạo từ chữ đầu của tên, ví dụ BTXH"
            error={state.fieldErrors?.code}
          >
            {(p) => <input {...p} type="text" defaultValue={state.values?.code ?? ""} />}
          </Field>
        </div>
      )}
    </ActionForm>
  );
}

/** Rename a field, or merge it into another (its procedures move there). */
export function EditFieldForms({
  rename,
  merge,
  field,
  others,
}: {
  rename: Action;
  merge: Action;
  field: { id: number; name: string; nameEn: string | null };
  others: Array<{ id: number; name: string }>;
}) {
  const id = `f${field.id}`;
  return (
    <>
      <ActionForm action={rename} submitLabel="Đổi tên">
        {(state) => (
          <>
            <input type="hidden" name="id" value={field.id} />
            <div className="grid2">
              <Field name={`${id}-name`} label="Tên lĩnh vực" error={state.fieldErrors?.name}>
                {(p) => (
                  <input {...p} name="name" type="text" defaultValue={state.values?.name ?? field.name} />
                )}
              </Field>
              <Field name={`${id}-nameEn`} label="Tên tiếng Anh" error={state.fieldErrors?.nameEn}>
                {(p) => (
                  <input
                    {...p}
                    name="nameEn"
                    type="text"
                    defaultValue={state.values?.nameEn ?? field.nameEn ?? ""}
                  />
                )}
              </Field>
            </div>
          </>
        )}
      </ActionForm>
      {others.length > 0 ? (
        <ActionForm action={merge} submitLabel="Gộp vào lĩnh vực đã chọn">
          {(state) => (
            <>
              <input type="hidden" name="id" value={field.id} />
              <Field
                name={`${id}-targetId`}
                label="Gộp lĩnh vực này vào"
                hint="Các thủ tục của lĩnh vực này chuyển sang lĩnh vực đã chọn; lĩnh vực này bị xóa."
                error={state.fieldErrors?.targetId}
              >
                {(p) => (
                  <select {...p} name="targetId" defaultValue="">
                    <option value="">— Chọn lĩnh vực —</option>
                    {others.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </>
          )}
        </ActionForm>
      ) : null}
    </>
  );
}
