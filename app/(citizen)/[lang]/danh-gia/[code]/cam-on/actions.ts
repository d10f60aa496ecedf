"use server";

import { redirect } from "next/navigation";
import { submitFollowUp } from "@/features/survey/server/submit-follow-up";
import { followUpFormSchema } from "@/features/survey/submission";
import { validatedAction } from "@/lib/action";

const REFUSED = {
  expired: "Phiên góp ý đã hết hạn. Cảm ơn Ông/Bà đã đánh giá. / This follow-up has expired.",
  not_allowed: "Góp ý cho lượt đánh giá này đã được ghi nhận trước đó. / Already recorded.",
} as const;

/** After "Không hài lòng": reasons, comment, and an optional reply request (with consent). */
export const followUpAction = validatedAction(
  followUpFormSchema,
  async (f) => {
    const contact =
      f.wantsReply && f.consent
        ? { name: f.contactName, phone: f.contactPhone, email: f.contactEmail }
        : null;
    const outcome = await submitFollowUp(f.token, { reasons: f.reasons, comment: f.comment, contact });
    if (outcome !== "saved") return { message: REFUSED[outcome] };
    redirect(`/${f.lang}/danh-gia/${f.link}/cam-on?t=${encodeURIComponent(f.token)}&xong=1`);
  },
  { arrayFields: ["reasons"] },
);
