"use client";

import { ActionForm } from "@/components/form/action-form";
import { Field } from "@/components/form/field";
import { type ProcedureRecord, type RecordKey, recordColumns } from "@/features/catalog/procedure-record";
import type { ActionState } from "@/lib/action";
import { AnnouncementField } from "./announcement-field";

/** Sections of published text: pasted as they are, line breaks and list markers kept. */
const multiline = new Set<RecordKey>([
  "steps",
  "channelsText",
  "dossier",
  "forms",
  "legalBasis",
  "conditions",
  "applicants",
  "agencies",
  "result",
  "fees",
  "timeLimit",
  "receptionHours",
  "inPersonTimeLimit",
  "inPersonFee",
  "inPersonDescription",
  "onlineTimeLimit",
  "onlineFee",
  "onlineDescription",
  "postTimeLimit",
  "postFee",
  "postDescription",
]);
const tall = new Set<RecordKey>(["steps", "dossier", "legalBasis", "channelsText"]);
/** The decision of a version is chosen above; the import file's per-row decision columns are not edited here. */
const notEdited = new Set<RecordKey>(["announcementNumber", "announcementDate"]);

const levelOptions = [
  ["", "— Không nêu —"],
  ["Cấp xã", "Cấp xã"],
  ["Cấp tỉnh", "Cấp tỉnh"],
  ["Cấp Trung ương", "Cấp Trung ương"],
  ["Nhiều cấp", "Nhiều cấp"],
] as const;

export interface EditorOptions {
  fields: Array<{ code: string; name: string }>;
  announcements: Array<{ id: number; number: string; issuedOn: string }>;
  units?: Array<{ id: number; name: string }>;
  today: string;
}

/** The staff form for a procedure: every section of the published text, pasted as it is. */
export function ProcedureEditor({
  action,
  mode,
  initial,
  options,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  mode: "create" | "edit";
  initial: ProcedureRecord;
  options: EditorOptions;
}) {
  return (
    <ActionForm action={action} submitLabel={mode === "create" ? "Tạo thủ tục" : "Lưu phiên bản mới"}>
      {(state) => {
        const value = (k: string) => state.values?.[k] ?? (initial as Record<string, string>)[k] ?? "";
        const error = (k: string) => state.fieldErrors?.[k];
        return (
          <>
            <input type="hidden" name="mode" value={mode} />
            {mode === "edit" ? <input type="hidden" name="code" value={initial.code} /> : null}
            <fieldset>
              <legend>Công bố</legend>
              <div className="grid2">
                <AnnouncementField
                  announcements={options.announcements}
                  error={error("announcementId")}
                  defaultValue={value("announcementId")}
                />
                <Field
                  name="effectiveFrom"
                  label="Ngày có hiệu lực (không bắt buộc nếu quyết định đã có ngày)"
                  error={error("effectiveFrom")}
                >
                  {(p) => <input {...p} type="date" defaultValue={value("effectiveFrom")} />}
                </Field>
                {options.units ? (
                  <Field name="offerAtUnitId" label="Thực hiện tại đơn vị" error={error("offerAtUnitId")}>
                    {(p) => (
                      <select {...p} defaultValue={value("offerAtUnitId")}>
                        <option value="">— Không gắn đơn vị —</option>
                        {options.units?.map((u) => (
                          <option key={u.id} value={u.id}>
                            {u.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                ) : null}
              </div>
            </fieldset>
            <fieldset>
              <legend>Nội dung công khai</legend>
              {recordColumns.map((col) => {
                if ((mode === "edit" && col.key === "code") || notEdited.has(col.key)) return null;
                return (
                  <Field
                    key={col.key}
                    name={col.key}
                    label={col.header}
                    hint={col.hint}
                    error={error(col.key)}
                  >
                    {(p) =>
                      col.key === "field" ? (
                        <select {...p} defaultValue={value(col.key)}>
                          <option value="">— Chọn lĩnh vực —</option>
                          {options.fields.map((f) => (
                            <option key={f.code} value={f.code}>
                              {f.name}
                            </option>
                          ))}
                        </select>
                      ) : col.key === "level" ? (
                        <select {...p} defaultValue={value(col.key)}>
                          {levelOptions.map(([v, l]) => (
                            <option key={v} value={v}>
                              {l}
                            </option>
                          ))}
                        </select>
                      ) : col.key === "onlineLevel" ? (
                        <select {...p} defaultValue={value(col.key)}>
                          <option value="">— Không nêu —</option>
                          <option value="Toàn trình">Toàn trình</option>
                          <option value="Một phần">Một phần</option>
                        </select>
                      ) : multiline.has(col.key) ? (
                        <textarea {...p} rows={tall.has(col.key) ? 10 : 3} defaultValue={value(col.key)} />
                      ) : (
                        <input {...p} type="text" defaultValue={value(col.key)} />
                      )
                    }
                  </Field>
                );
              })}
            </fieldset>
          </>
        );
      }}
    </ActionForm>
  );
}
