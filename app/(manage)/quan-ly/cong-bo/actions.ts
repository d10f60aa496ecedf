"use server";

import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { createAnnouncement } from "@/features/catalog/server/announcements";

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
  const outcome = await createAnnouncement(manager, { ...data, url: data.url || null });
  if (!outcome.ok) return refusedState(outcome.refusal);
  return { message: `Đã thêm quyết định ${data.number}. / Announcement added.`, values: {} };
});
