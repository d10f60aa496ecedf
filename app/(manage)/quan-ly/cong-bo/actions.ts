"use server";

import { z } from "zod";
import { managerAction, refusedState } from "@/features/access/server/manager-action";
import { createAnnouncement } from "@/features/catalog/server/announcements";
import { phrase } from "@/i18n/phrase";

const required = (name: "number" | "title" | "issuer", max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `catalog.errors.announcement.${name}` })
    .max(max, { error: `catalog.errors.announcement.${name}TooLong` });

const announcementSchema = z
  .object({
    number: required("number", 100),
    title: required("title", 500),
    issuer: required("issuer", 200),
    issuedOn: z.iso.date({ error: "catalog.errors.announcement.issuedOn" }),
    effectiveOn: z.iso.date({ error: "catalog.errors.announcement.effectiveOn" }),
    url: z.union([z.literal(""), z.url({ error: "catalog.errors.announcement.url" }).max(500)]),
  })
  .refine((a) => a.effectiveOn >= a.issuedOn, {
    path: ["effectiveOn"],
    error: "catalog.errors.announcement.effectiveBeforeIssued",
  });

export const createAnnouncementAction = managerAction(announcementSchema, async (data, manager) => {
  const outcome = await createAnnouncement(manager, { ...data, url: data.url || null });
  if (!outcome.ok) return refusedState(outcome.refusal);
  return { message: phrase("catalog.announcements.added", { number: data.number }), values: {} };
});
