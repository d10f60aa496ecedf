"use server";

import { redirect } from "next/navigation";
import { submitFollowUp } from "@/features/survey/server/submit-follow-up";
import { followUpFormSchema } from "@/features/survey/submission";
import { isLang } from "@/i18n/locales";
import { phrase } from "@/i18n/phrase";
import { validatedAction } from "@/lib/action";

const REFUSED = {
  expired: phrase("survey.followUp.expired"),
  not_allowed: phrase("survey.followUp.notAllowed"),
} as const;

/** After "Không hài lòng": reasons, comment, and an optional reply request (with consent). */
export const followUpAction = validatedAction(
  followUpFormSchema,
  async (f) => {
    const contact =
      f.wantsReply && f.consent
        ? { name: f.contactName, phone: f.contactPhone, email: f.contactEmail }
        : null;
    const outcome = await submitFollowUp(f.token, {
      reasons: f.reasons,
      comment: f.comment,
      contact,
      lang: f.lang,
    });
    if (outcome !== "saved") return { message: REFUSED[outcome] };
    redirect(`/${f.lang}/danh-gia/${f.link}/cam-on?t=${encodeURIComponent(f.token)}&xong=1`);
  },
  {
    arrayFields: ["reasons"],
    // The citizen's page names its language (no cookie on citizens' pages).
    langOf: (formData) => {
      const lang = formData.get("lang");
      return isLang(lang) ? lang : "vi";
    },
  },
);
