import { z } from "zod";

/**
 * The content of one version of a procedure: the 12 disclosure fields of DOMAIN.md,
 * structured where citizens benefit from structure (steps, channels, components, legal basis).
 * Stored as JSON in `procedure_versions` and validated with this schema on every write and import.
 */

export const procedureLevels = ["central", "province", "commune", "multi"] as const;
export type ProcedureLevel = (typeof procedureLevels)[number];

export const channelKinds = ["in_person", "online", "post"] as const;
export type ChannelKind = (typeof channelKinds)[number];

const text = (max: number) => z.string().trim().min(1).max(max);

export const channelSchema = z.object({
  kind: z.enum(channelKinds),
  /** e.g. "10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ" */
  timeLimit: text(500),
  /** e.g. "Không" or "50.000 đồng/bản" */
  fee: text(500),
  /** Online only: "Toàn trình" or "Một phần" (national online public service levels). */
  onlineLevel: z.enum(["full", "partial"]).optional(),
  description: z.string().trim().max(1000).optional(),
});
export type Channel = z.infer<typeof channelSchema>;

export const componentSchema = z.object({
  name: text(1000),
  /** e.g. "01 bản chính", "01 bản sao có chứng thực hoặc bản chụp kèm bản chính để đối chiếu" */
  copies: text(200),
  /** Code of a form (see `forms`) that is the template for this component, if any. */
  formCode: z.string().trim().max(100).optional(),
  note: z.string().trim().max(1000).optional(),
});
export type DossierComponent = z.infer<typeof componentSchema>;

export const formRefSchema = z.object({
  /** Short reference, e.g. "TK-KS" — unique within the procedure. */
  code: text(100),
  /** e.g. "Tờ khai đăng ký khai sinh (Mẫu ban hành kèm theo Thông tư 04/2024/TT-BTP)" */
  name: text(500),
});
export type FormRef = z.infer<typeof formRefSchema>;

export const legalBasisSchema = z.object({
  /** e.g. "Luật Hộ tịch số 60/2014/QH13" */
  number: text(200),
  title: text(500),
  /** ISO date the document was issued, when known. */
  issuedOn: z.iso.date().optional(),
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const procedureContentSchema = z.object({
  /** 1. Tên thủ tục hành chính */
  name: text(500),
  /** 1. Cấp thực hiện */
  level: z.enum(procedureLevels),
  /** 2. Trình tự thực hiện — ordered steps */
  steps: z.array(text(2000)).min(1).max(50),
  /** 3. Cách thức thực hiện — each channel with its own time limit and fee */
  channels: z.array(channelSchema).min(1).max(3),
  /** 4. Thành phần, số lượng hồ sơ */
  components: z.array(componentSchema).min(1).max(50),
  /** 5. Thời hạn giải quyết (general statement) */
  timeLimit: text(1000),
  /** 6. Đối tượng thực hiện */
  applicants: text(1000),
  /** 7. Cơ quan thực hiện */
  implementingAgency: text(1000),
  /** 8. Kết quả thực hiện */
  result: text(1000),
  /** 9. Phí, lệ phí (general statement; may be "Không") */
  fees: text(2000),
  /** 10. Tên mẫu đơn, mẫu tờ khai — may be empty when the procedure has no form */
  forms: z.array(formRefSchema).max(30),
  /** 11. Yêu cầu, điều kiện thực hiện — "Không" when there are none */
  conditions: text(3000),
  /** 12. Căn cứ pháp lý */
  legalBasis: z.array(legalBasisSchema).min(1).max(30),
});
export type ProcedureContent = z.infer<typeof procedureContentSchema>;
