import { eq, inArray } from "drizzle-orm";
import type { Database, Transaction } from "@/db/client";
import * as t from "@/db/schema";
import { publicHolidaysAround } from "@/features/feedback/holidays";
import { newReference, trackingTokenFor, trackingTokenHash } from "@/features/feedback/reference";
import { dueAtFor, workingCalendar } from "@/features/feedback/working-days";
import { DEFAULT_FEEDBACK_DUE_DAYS, type FeedbackStatus } from "@/lib/constants";
import { authSecret } from "@/lib/env";

export const FEEDBACK_SEED_MARKER = "seed.demo.feedback";

const DAY_MS = 24 * 60 * 60 * 1000;
const COMMUNE_MANAGER = "quanly.anhoa@anhoa.demo";
const PROVINCE_ADMIN = "admin@anhoa.demo";

interface SampleFeedback {
  unit: string;
  daysAgo: number;
  status: FeedbackStatus;
  body: string;
  contact?: { name: string | null; phone: string | null; email: string | null };
  handler?: string;
  reply?: string;
}

/** Sample items (fictional people, sample numbers) spread over the last weeks; some are overdue. */
const samples: SampleFeedback[] = [
  {
    unit: "phuong-an-hoa-tthcc",
    daysAgo: 18,
    status: "new",
    body: "Tôi nộp hồ sơ đăng ký khai sinh cho con, giấy hẹn ghi trả kết quả sau 3 ngày nhưng đến nay chưa nhận được. Gọi điện đến bộ phận một cửa nhiều lần không ai nghe máy.",
    contact: { name: "Nguyễn Thị Lan", phone: "0900 111 222", email: null },
  },
  {
    unit: "phuong-an-hoa-tthcc",
    daysAgo: 13,
    status: "assigned",
    body: "Phí chứng thực bản sao thu 2.000 đồng/trang nhưng không đưa biên lai. Đề nghị kiểm tra.",
    contact: { name: null, phone: null, email: "tran.minh@example.com" },
    handler: COMMUNE_MANAGER,
  },
  {
    unit: "phuong-an-hoa-tthcc",
    daysAgo: 9,
    status: "answered",
    body: "Máy lấy số thứ tự bị hỏng cả buổi sáng, mọi người phải xếp hàng tự phát, rất lộn xộn.",
    contact: { name: "Lê Văn Hùng", phone: "0900 333 444", email: null },
    handler: COMMUNE_MANAGER,
    reply:
      "Trung tâm xin lỗi Ông về sự bất tiện. Máy lấy số đã được sửa xong ngay trong ngày; Trung tâm đã bố trí thêm một máy dự phòng và cán bộ hướng dẫn xếp hàng khi máy gặp sự cố.",
  },
  {
    unit: "phuong-an-hoa-tthcc",
    daysAgo: 25,
    status: "closed",
    body: "Cán bộ tiếp nhận yêu cầu nộp thêm bản sao sổ hộ khẩu, giấy tờ này không có trong thành phần hồ sơ được niêm yết.",
    handler: COMMUNE_MANAGER,
    reply:
      "Trung tâm đã nhắc nhở công chức tiếp nhận: chỉ yêu cầu đúng thành phần hồ sơ đã công khai. Cảm ơn Ông/Bà đã phản ánh.",
  },
  {
    unit: "phuong-an-hoa-tthcc",
    daysAgo: 4,
    status: "new",
    body: "Khu vực chờ không đủ ghế, người cao tuổi phải đứng lâu. Nên có quạt hoặc máy lạnh vào buổi trưa.",
  },
  {
    unit: "phuong-an-hoa",
    daysAgo: 2,
    status: "new",
    body: "Đề nghị niêm yết thêm hướng dẫn bằng chữ lớn, dễ đọc cho người cao tuổi; mã QR hiện in quá nhỏ.",
  },
  {
    unit: "xa-tan-phu-tthcc",
    daysAgo: 15,
    status: "new",
    body: "Hẹn trả kết quả nhưng phải đến lại hai lần mới nhận được, mỗi lần đi hơn 10 cây số.",
    contact: { name: "Phạm Văn Tư", phone: "0900 555 666", email: null },
  },
  {
    unit: "xa-tan-phu-tthcc",
    daysAgo: 1,
    status: "new",
    body: "Không có chỗ gửi xe, phải để xe ngoài đường.",
  },
  {
    unit: "so-tu-phap",
    daysAgo: 11,
    status: "assigned",
    body: "Xin cấp phiếu lý lịch tư pháp đã quá hạn 5 ngày, chưa được thông báo lý do chậm.",
    contact: { name: "Võ Thị Hoa", phone: null, email: "vo.hoa@example.com" },
    handler: PROVINCE_ADMIN,
  },
  {
    unit: "phuong-binh-minh-tthcc",
    daysAgo: 6,
    status: "new",
    body: "Công chức hướng dẫn nhiệt tình nhưng biểu mẫu in sẵn đã hết, phải tự đi photo.",
  },
];

/**
 * Adds the sample feedback items (and the audit entries of their handling) once; a second run does nothing.
 * Runs on a freshly seeded demo and on a demo database seeded before the inbox existed.
 */
export async function seedDemoFeedback(db: Database, now = new Date()): Promise<number> {
  return db.transaction((tx) => insertSamples(tx, now), { behavior: "immediate" });
}

type Tx = Transaction;

async function insertSamples(db: Tx, now: Date): Promise<number> {
  const [marker] = await db.select().from(t.settings).where(eq(t.settings.key, FEEDBACK_SEED_MARKER));
  if (marker) return 0;
  const unitRows = await db
    .select({ id: t.units.id, slug: t.units.slug })
    .from(t.units)
    .where(inArray(t.units.slug, [...new Set(samples.map((s) => s.unit))]));
  const userRows = await db
    .select({ id: t.user.id, name: t.user.name, email: t.user.email })
    .from(t.user)
    .where(inArray(t.user.email, [COMMUNE_MANAGER, PROVINCE_ADMIN]));
  const unitId = new Map(unitRows.map((u) => [u.slug, u.id]));
  const users = new Map(userRows.map((u) => [u.email, u]));
  let inserted = 0;
  const calendar = workingCalendar({ holidays: publicHolidaysAround(now.getUTCFullYear()) });
  const secret = authSecret();
  for (const s of samples) {
    const id = unitId.get(s.unit);
    const handler = s.handler ? users.get(s.handler) : undefined;
    if (id === undefined || (s.handler && !handler)) continue;
    const at = (days: number) => new Date(now.getTime() - days * DAY_MS);
    const createdAt = at(s.daysAgo);
    const assignedAt = at(s.daysAgo - 1);
    const repliedAt = s.reply ? at(s.daysAgo - 3) : null;
    const reference = newReference();
    const [row] = await db
      .insert(t.feedback)
      .values({
        unitId: id,
        body: s.body,
        contactName: s.contact?.name ?? null,
        contactPhone: s.contact?.phone ?? null,
        contactEmail: s.contact?.email ?? null,
        consentAt: s.contact ? createdAt : null,
        status: s.status,
        assigneeId: handler?.id ?? null,
        reply: s.reply ?? null,
        repliedAt,
        reference,
        trackingTokenHash: trackingTokenHash(trackingTokenFor(secret, reference)),
        dueAt: dueAtFor(createdAt, DEFAULT_FEEDBACK_DUE_DAYS, calendar),
        closedAt: s.status === "closed" ? at(s.daysAgo - 4) : null,
        createdAt,
        updatedAt:
          s.status === "closed" ? at(s.daysAgo - 4) : (repliedAt ?? (handler ? assignedAt : createdAt)),
      })
      .returning({ id: t.feedback.id });
    if (!row) continue;
    inserted++;
    if (!handler) continue;
    const entry = { userId: handler.id, entity: "feedback", entityId: String(row.id), unitId: id };
    const steps: Array<typeof t.auditLog.$inferInsert> = [
      {
        ...entry,
        at: assignedAt,
        action: "feedback.assign",
        details: { from: "new", to: "assigned", assigneeId: handler.id, assigneeName: handler.name },
      },
    ];
    if (repliedAt) {
      steps.push({
        ...entry,
        at: repliedAt,
        action: "feedback.reply",
        details: { from: "assigned", to: "answered" },
      });
    }
    if (s.status === "closed") {
      steps.push({
        ...entry,
        at: at(s.daysAgo - 4),
        action: "feedback.close",
        details: { from: "answered", to: "closed" },
      });
    }
    await db.insert(t.auditLog).values(steps);
  }
  await db
    .insert(t.settings)
    .values({ key: FEEDBACK_SEED_MARKER, value: { items: inserted, seededAt: now.toISOString() } });
  return inserted;
}
