"use server";

import { redirect } from "next/navigation";
import { addQuickFollowUp } from "@/db/queries/responses";
import { validatedAction } from "@/lib/action";
import { followUpFormSchema } from "@/lib/survey-submission";

/** After "Không hài lòng": reasons, comment, and an optional reply request (with consent). */
export const followUpAction = validatedAction(
  followUpFormSchema,
  async (f) => {
    const contact =
      f.wantsReply && f.consent
        ? { name: f.contactName, phone: f.contactPhone, email: f.contactEmail }
        : null;
    const saved = await addQuickFollowUp(f.idempotencyKey, {
      reasons: f.reasons,
      comment: f.comment,
      contact,
    });
    if (!saved) {
      return { message: "Góp ý cho lượt đánh giá này đã được ghi nhận trước đó. / Already recorded." };
    }
    redirect(`/${f.lang}/danh-gia/${f.link}/cam-on?k=${encodeURIComponent(f.idempotencyKey)}&xong=1`);
  },
  { arrayFields: ["reasons"] },
);
