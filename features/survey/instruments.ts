import { z } from "zod";

/**
 * Survey instruments are versioned data. A published version is never edited, only replaced;
 * every response records the instrument version (row id) it answered.
 */

const label = z.object({ vi: z.string().min(1).max(500), en: z.string().min(1).max(500) });

export const scaleLevelSchema = z.object({ value: z.int().min(1).max(5), label });

export const itemSchema = z.object({
  key: z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/),
  text: label,
});

export const elementSchema = z.object({
  key: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/),
  title: label,
  items: z.array(itemSchema).min(1).max(20),
});

export const instrumentDefinitionSchema = z
  .object({
    kind: z.enum(["quick", "full"]),
    title: label,
    scale: z.array(scaleLevelSchema).refine((s) => s.length === 3 || s.length === 5, {
      message: "instruments.definition.scaleLevels",
    }),
    /** Quick: the single question. Full: unused. */
    question: label.optional(),
    elements: z.array(elementSchema).max(10),
  })
  .superRefine((d, ctx) => {
    const keys = d.elements.flatMap((e) => e.items.map((i) => i.key));
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: "custom", message: "instruments.definition.duplicateItemKey" });
    }
    if (d.kind === "quick" && !d.question) {
      ctx.addIssue({ code: "custom", message: "instruments.definition.quickNeedsQuestion" });
    }
  });
export type InstrumentDefinition = z.infer<typeof instrumentDefinitionSchema>;

export const QUICK_ITEM_KEY = "quick";

/** 5-level scale, exact labels of DOMAIN.md. */
export const fiveLevelScale = [
  { value: 1, label: { vi: "Rất không hài lòng", en: "Very dissatisfied" } },
  { value: 2, label: { vi: "Không hài lòng", en: "Dissatisfied" } },
  { value: 3, label: { vi: "Bình thường", en: "Neutral" } },
  { value: 4, label: { vi: "Hài lòng", en: "Satisfied" } },
  { value: 5, label: { vi: "Rất hài lòng", en: "Very satisfied" } },
];

/** 3-level counter scale: 1 Không hài lòng, 2 Hài lòng, 3 Rất hài lòng (top two = 2, 3). */
export const threeLevelScale = [
  { value: 1, label: { vi: "Không hài lòng", en: "Not satisfied" } },
  { value: 2, label: { vi: "Hài lòng", en: "Satisfied" } },
  { value: 3, label: { vi: "Rất hài lòng", en: "Very satisfied" } },
];

/** The five elements of the national methodology (Quyết định 1001/QĐ-BNV), service-delivery part. */
export const serviceElements: InstrumentDefinition["elements"] = [
  {
    key: "I",
    title: { vi: "Tiếp cận dịch vụ", en: "Access to the service" },
    items: [
      {
        key: "I.1",
        text: {
          vi: "Thông tin về thủ tục được cung cấp bằng nhiều hình thức, dễ hiểu",
          en: "Information about procedures is available in many forms and easy to understand",
        },
      },
      {
        key: "I.2",
        text: {
          vi: "Nơi làm việc có biển chỉ dẫn rõ ràng, dễ tìm",
          en: "The office has clear signs and directions",
        },
      },
      { key: "I.3", text: { vi: "Nơi làm việc sạch sẽ, ngăn nắp", en: "The office is clean and orderly" } },
      {
        key: "I.4",
        text: {
          vi: "Trang thiết bị phục vụ người dân (ghế, bàn, máy tra cứu) đầy đủ và hoạt động tốt",
          en: "Equipment for citizens (seats, desks, lookup screens) is sufficient and works",
        },
      },
    ],
  },
  {
    key: "II",
    title: { vi: "Thủ tục hành chính", en: "The administrative procedure" },
    items: [
      {
        key: "II.1",
        text: {
          vi: "Thủ tục được niêm yết công khai ở nơi dễ thấy, dễ hiểu",
          en: "The procedure is posted publicly where it is easy to see and understand",
        },
      },
      {
        key: "II.2",
        text: {
          vi: "Thành phần hồ sơ phải nộp đúng quy định",
          en: "The dossier components asked for match the rules",
        },
      },
      {
        key: "II.3",
        text: { vi: "Phí, lệ phí phải nộp đúng quy định", en: "The fees charged match the rules" },
      },
      {
        key: "II.4",
        text: { vi: "Thời hạn giải quyết đúng quy định", en: "The time limit matches the rules" },
      },
    ],
  },
  {
    key: "III",
    title: { vi: "Công chức trực tiếp giải quyết công việc", en: "The officer handling your case" },
    items: [
      {
        key: "III.1",
        text: { vi: "Công chức có thái độ lịch sự, tôn trọng", en: "The officer is polite and respectful" },
      },
      {
        key: "III.2",
        text: { vi: "Công chức trả lời đầy đủ, kịp thời", en: "The officer answers fully and promptly" },
      },
      {
        key: "III.3",
        text: {
          vi: "Công chức hướng dẫn rõ ràng, hồ sơ đầy đủ sau một lần hướng dẫn",
          en: "Guidance is clear so the dossier is complete after one explanation",
        },
      },
      { key: "III.4", text: { vi: "Công chức tuân thủ đúng quy định", en: "The officer follows the rules" } },
      {
        key: "III.5",
        text: { vi: "Công chức tận tình, chu đáo", en: "The officer is dedicated and helpful" },
      },
    ],
  },
  {
    key: "IV",
    title: { vi: "Kết quả giải quyết", en: "The result" },
    items: [
      { key: "IV.1", text: { vi: "Kết quả được trả đúng hạn", en: "The result is returned on time" } },
      {
        key: "IV.2",
        text: {
          vi: "Kết quả có thông tin đầy đủ, chính xác",
          en: "The result's information is complete and accurate",
        },
      },
      { key: "IV.3", text: { vi: "Kết quả giải quyết công bằng", en: "The result is fair" } },
    ],
  },
  {
    key: "V",
    title: { vi: "Tiếp nhận, xử lý phản ánh, kiến nghị", en: "Handling of feedback" },
    items: [
      {
        key: "V.1",
        text: {
          vi: "Có hình thức để người dân góp ý, phản ánh, kiến nghị",
          en: "There is a way to give feedback",
        },
      },
      {
        key: "V.2",
        text: {
          vi: "Phản ánh, kiến nghị được tiếp nhận, xử lý đúng quy định",
          en: "Feedback is received and handled as the rules require",
        },
      },
      {
        key: "V.3",
        text: { vi: "Kết quả xử lý được thông báo kịp thời", en: "The outcome is communicated promptly" },
      },
    ],
  },
];

export const quickInstrument: InstrumentDefinition = {
  kind: "quick",
  title: { vi: "Đánh giá nhanh", en: "Quick rating" },
  scale: threeLevelScale,
  question: {
    vi: "Ông/Bà có hài lòng với việc giải quyết thủ tục hành chính hôm nay không?",
    en: "Are you satisfied with how your administrative procedure was handled today?",
  },
  // The elements a dissatisfied citizen can point at (multi-select), no scored items.
  elements: [],
};

export const serviceInstrument: InstrumentDefinition = {
  kind: "full",
  title: {
    vi: "Phiếu khảo sát sự hài lòng về cung ứng dịch vụ hành chính công",
    en: "Satisfaction with public administrative services",
  },
  scale: fiveLevelScale,
  elements: serviceElements,
};

export const defaultInstruments = [
  { key: "quick", version: 1, definition: quickInstrument },
  { key: "service", version: 1, definition: serviceInstrument },
] as const;

/**
 * A quick answer that counts as "Không hài lòng" for a dossier (Quyết định 766/QĐ-TTg): the lowest level
 * of a 3-level scale, the two lowest of a 5-level one.
 */
export function isRatedUnsatisfied(value: number, scaleSize: number): boolean {
  return value <= (scaleSize >= 5 ? 2 : 1);
}

/** Values at the top two levels of a scale count as satisfied. */
export function satisfiedValues(scaleSize: number): number[] {
  return [scaleSize - 1, scaleSize];
}
