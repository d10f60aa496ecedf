"use server";

import { z } from "zod";
import { insertAnnouncement } from "@/db/queries/catalog";
import { insertAuditEntry } from "@/db/queries/users";
import { FORBIDDEN, managerAction } from "@/features/access/server/manager-action";

const required = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `Vui lòng nhập ${label}` })
    .max(max, { error: `${label}: tối đa ${max} ký tự` });

const announcementSchema = z
  .object({
    number: required("số quyết định", 100),
    title: required("trích yếu", 500),
    issuer: required("cơ quan ban hành", 200),
    issuedOn: z.iso.date({ error: "Ngày ban hành không hợp lệ" }),
    effectiveOn: z.iso.date({ error: "Ngày có hiệu lực không hợp lệ" }),
    url: z.union([z.literal(""), z.url({ error: "Đường dẫn không hợp lệ" }).max(500)]),
  })
  .refine((a) => a.effectiveOn >= a.issuedOn, {
    path: ["effectiveOn"],
    error: "Ngày có hiệu lực không được trước ngày ban hành",
  });

export const createAnnouncementAction = managerAction(announcementSchema, async (data, manager) => {
  if (!manager.catalogEditor) return FORBIDDEN;
  const id = await insertAnnouncement({ ...data, url: data.url || null });
  await insertAuditEntry({
    userId: manager.userId,
    action: "announcement.create",
    entity: "announcement",
    entityId: String(id),
    details: data,
  });
  return { message: `Đã thêm quyết định ${data.number}. / Announcement added.`, values: {} };
});
