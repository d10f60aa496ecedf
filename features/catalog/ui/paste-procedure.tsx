"use client";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/form/use-form-action";
import { headerOf, type ProcedureRecord, type RecordKey } from "@/features/catalog/procedure-record";
import type { ActionState } from "@/lib/action";
import { type EditorOptions, ProcedureEditor } from "./procedure-editor";

export type PasteState = ActionState & { record?: ProcedureRecord; found?: RecordKey[] };

/**
 * Paste one procedure's text from its decision, see what was read field by field, correct it in the
 * editor below, then save. Reading writes nothing. Works without JavaScript (a plain form post).
 */
export function PasteProcedure({
  paste,
  save,
  initial,
  options,
}: {
  paste: (prev: PasteState, fd: FormData) => Promise<PasteState>;
  save: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  initial: ProcedureRecord;
  options: EditorOptions;
}) {
  const { state, formAction, generation } = useFormAction<PasteState>(paste, {});
  return (
    <>
      <details open={!state.record}>
        <summary>
          <strong>Dán nội dung từ quyết định công bố</strong>
        </summary>
        <form action={formAction} noValidate>
          <FormMessage state={state} />
          <Field
            name="pasted"
            label="Nội dung một thủ tục, như trong quyết định (từ tên thủ tục đến căn cứ pháp lý)"
            hint="Ví dụ: “1. Trình tự thực hiện: … 2. Cách thức thực hiện: … 11. Căn cứ pháp lý: …”. Hệ thống tách từng mục để Ông/Bà kiểm tra và sửa trước khi lưu; chưa ghi gì khi bấm “Đọc nội dung”."
            error={state.fieldErrors?.pasted}
          >
            {(p) => <textarea {...p} rows={12} defaultValue={state.values?.pasted ?? ""} />}
          </Field>
          <p>
            <SubmitButton label="Đọc nội dung" pendingLabel="Đang đọc…" secondary />
          </p>
        </form>
      </details>
      {state.record && state.found ? (
        <section aria-labelledby="read-heading" data-testid="pasted-fields">
          <h2 id="read-heading">Đã đọc {state.found.length} mục — kiểm tra và sửa bên dưới</h2>
          <p>{state.found.map(headerOf).join(" · ")}</p>
        </section>
      ) : null}
      <ProcedureEditor
        key={generation}
        action={save}
        mode="create"
        initial={state.record ? { ...initial, ...state.record } : initial}
        options={options}
      />
    </>
  );
}
