/**
 * The examples of the OpenAPI document: the acceptance example (a dossier due tomorrow, returned
 * on time; the figures of ten dossiers). openapi.test.ts checks each against its schema. Pure.
 */

const dossierCode = "HS-2026-000123";
const receivedAt = "2026-12-07T01:30:00.000Z";
const dueAt = "2026-12-08T10:00:00.000Z";

const registered = {
  id: 123,
  code: dossierCode,
  unitId: 42,
  procedureCode: null,
  channel: "in_person",
  status: "received",
  receivedAt,
  dueAt,
  newDueAt: null,
  returnedAt: null,
  timeliness: null,
  receivedBy: "CB-012",
  returnedBy: null,
  complained: false,
  ratedUnsatisfied: false,
  apologies: [],
  surveyUrl: "https://hailong.example.gov.vn/r/1hQ2c3Vd4Xe5Yf6Zg7Ah8B",
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 33 33">…</svg>',
};

const { surveyUrl, qrSvg, ...stored } = registered;

const error = (code: string, message: string, fields: Record<string, string> = {}) => ({
  error: { code, message, fields },
});

export const examples = {
  dossierCode,
  registration: {
    code: dossierCode,
    receivedAt: "2026-12-07T08:30:00+07:00",
    dueAt: "2026-12-08T17:00:00+07:00",
    channel: "trực tiếp",
    receivedBy: "CB-012",
  },
  registered,
  returned: {
    ...stored,
    status: "returned",
    returnedAt: "2026-12-08T03:00:00.000Z",
    returnedBy: "CB-015",
    timeliness: "on_time",
  },
  updates: {
    processing: { status: "processing" },
    returned: { status: "returned", returnedAt: "2026-12-08T10:00:00+07:00", returnedBy: "CB-015" },
    complained: { complained: true },
    apology: {
      newDueAt: "2026-12-11T17:00:00+07:00",
      apologyReason: "Hồ sơ cần xác minh thêm tại Ủy ban nhân dân xã nơi cư trú.",
    },
  },
  figures: {
    unitId: 42,
    from: "2026-12-01",
    to: "2026-12-31",
    received: 10,
    returned: 10,
    early: 7,
    onTime: 1,
    late: 2,
    pendingOverdue: 0,
    onTimeRate: 80,
    withApology: 2,
    complained: 1,
    ratedUnsatisfied: 1,
    qd766Ratio: 60,
  },
  submission: {
    quick: {
      link: "V2DVCP",
      idempotencyKey: "k1-7f3a9c2e4b5d6a7f",
      instrument: "quick",
      answers: { quick: 5 },
    },
    questionnaire: {
      link: "V2DVCP",
      idempotencyKey: "k2-1b2c3d4e5f6a7b8c",
      instrument: "service",
      answers: { "I.1": 5, "I.2": 4, "II.1": null },
      channel: "receipt",
      receipt: "1hQ2c3Vd4Xe5Yf6Zg7Ah8B",
      reasons: ["III"],
      comment: "Cán bộ hướng dẫn tận tình.",
    },
    form: { link: "V2DVCP", idempotencyKey: "k3-9f8e7d6c5b4a3f2e", value: 5, lang: "vi" },
  },
  feed: {
    label: { vi: "Tỷ lệ hài lòng (đánh giá nhanh)", en: "Satisfaction rate (quick rating)" },
    question: "quick",
    unit: { id: 7, slug: "phuong-an-hoa", name: "Phường An Hòa", nameEn: "An Hoa Ward" },
    period: { from: "2026-11-01", to: "2026-11-30" },
    minN: 30,
    rollup: "pooled",
    flaggedExcluded: true,
    figure: {
      n: 40,
      satisfied: 32,
      index: 80,
      indexText: "80.00",
      enoughSamples: true,
      meanScore: 4.05,
      wilson: { low: 65.24, high: 89.5 },
      distribution: [
        { level: 1, label: { vi: "Rất không hài lòng", en: "Very dissatisfied" }, count: 2 },
        { level: 2, label: { vi: "Không hài lòng", en: "Dissatisfied" }, count: 2 },
        { level: 3, label: { vi: "Bình thường", en: "Neutral" }, count: 4 },
        { level: 4, label: { vi: "Hài lòng", en: "Satisfied" }, count: 14 },
        { level: 5, label: { vi: "Rất hài lòng", en: "Very satisfied" }, count: 18 },
      ],
    },
    onTimeRate: 99.12,
    onTimeN: 1478,
    qd766Ratio: 97.63,
    qd766N: 1479,
    children: [],
    trend: [],
  },
  errors: {
    badRequest: error("invalid_dossier", "Hồ sơ không hợp lệ.", {
      receivedAt: "Thời điểm dạng ISO 8601 có múi giờ, ví dụ 2026-11-25T08:30:00+07:00.",
    }),
    unauthorized: error("unauthorized", "Khóa API không hợp lệ hoặc đã bị thu hồi."),
    notFound: error("not_found", "Không có hồ sơ với mã này trong các đơn vị của khóa."),
    conflict: error(
      "duplicate_dossier",
      "Mã hồ sơ đã được đăng ký với nội dung khác; để cập nhật, dùng PATCH /api/v1/dossiers/{code}.",
      {
        dueAt: "Khác với hồ sơ đã đăng ký.",
      },
    ),
    tooLarge: error("payload_too_large", "Dữ liệu gửi lên quá lớn (tối đa 16 KB)."),
    unsupportedMediaType: error("unsupported_media_type", "Chỉ nhận JSON hoặc biểu mẫu."),
    kiosk: error("kiosk_revoked", "Thiết bị kiosk này đã bị thu hồi hoặc chưa được kích hoạt."),
    unknownLink: error("unknown_link", "Không tìm thấy mã QR này.", { link: "Mã QR không tồn tại." }),
    unitNotFound: error("unit_not_found", "Không tìm thấy đơn vị đang hoạt động", {
      unit: "Không có đơn vị đang hoạt động với mã này",
    }),
  },
};
