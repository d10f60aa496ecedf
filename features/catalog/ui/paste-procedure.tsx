"use client";

import { useFormAction } from "@/components/manage/use-form-action";
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
  const { state, formAction, pending, generation } = useFormAction<PasteState>(paste, {});
  const refused = Boolean(state.fieldErrors);
  return (
    <>
      <details open={!state.record}>
        <summary>
          <strong>Dán nội dung từ quyết định công bố</strong>
        </summary>
        <form action={formAction} noValidate>
          {state.message ? (
            <div className={refused ? "error-summary" : "ok-summary"} role={refused ? "alert" : "status"}>
              <p>{state.message}</p>
            </div>
          ) : null}
          <label htmlFor="pasted">
            Nội dung một thủ tục, như trong quyết định (từ tên thủ tục đến căn cứ pháp lý)
          </label>
          <p className="hint" id="pasted-hint">
            Ví dụ: “1. Trình tự thực hiện: … 2. Cách thức thực hiện: … 11. Căn cứ pháp lý: …”. Hệ thống tách
            từng mục để Ông/Bà kiểm tra và sửa trước khi lưu; chưa ghi gì khi bấm “Đọc nội dung”.
          </p>
          <textarea
            id="pasted"
            name="pasted"
            rows={12}
            aria-describedby="pasted-hint"
            aria-invalid={refused || undefined}
            defaultValue={state.values?.pasted ?? ""}
          />
          <p>
            <button type="submit" className="secondary" disabled={pending}>
              {pending ? "Đang đọc…" : "Đọc nội dung"}
            </button>
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
