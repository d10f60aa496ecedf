"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/features/access/roles";
import { auth } from "@/features/access/server/auth";
import { managerAction, refusedState, sessionUserAction } from "@/features/access/server/manager-action";
import { SAME_PASSWORD, SAME_PASSWORD_CODE } from "@/features/access/server/password-change-plugin";
import { preferencesSchema } from "@/features/notifications/notifications";
import { savePreferences } from "@/features/notifications/server/preferences";
import { asLang } from "@/i18n/locales";
import { type Phrase, phrase } from "@/i18n/phrase";

const TOO_LONG = { error: "access.passwordForm.errors.tooLong" } as const;

const changeSchema = z
  .object({
    currentPassword: z
      .string({ error: "access.passwordForm.errors.currentRequired" })
      .min(1, { error: "access.passwordForm.errors.currentRequired" })
      .max(PASSWORD_MAX_LENGTH, TOO_LONG),
    newPassword: z
      .string({ error: "access.passwordForm.errors.newRequired" })
      .min(PASSWORD_MIN_LENGTH, { error: "access.passwordForm.errors.newTooShort" })
      .max(PASSWORD_MAX_LENGTH, TOO_LONG),
    confirmPassword: z
      .string({ error: "access.passwordForm.errors.mismatch" })
      .max(PASSWORD_MAX_LENGTH, TOO_LONG),
  })
  .refine((d) => d.newPassword === d.confirmPassword, {
    path: ["confirmPassword"],
    error: "access.passwordForm.errors.mismatch",
  })
  .refine((d) => d.newPassword !== d.currentPassword, {
    path: ["newPassword"],
    error: "access.passwordForm.errors.samePassword",
  });

/**
 * The signed-in user changes their own password. better-auth's endpoint does it, and the passwordChanges
 * plugin around it ends the user's other sessions (this one goes on), lifts a "must change" mark and
 * writes the audit entry — the same for `/api/auth/change-password` called directly. A user who had to
 * change a temporary password goes on to the manage area.
 */
export const changePasswordAction = sessionUserAction(
  changeSchema,
  async (data, user) => {
    try {
      await auth.api.changePassword({
        body: { currentPassword: data.currentPassword, newPassword: data.newPassword },
        headers: await headers(),
      });
    } catch (error) {
      if (!(error instanceof APIError) || error.statusCode !== 400) throw error;
      const fieldErrors: Record<string, Phrase> =
        error.body?.code === SAME_PASSWORD_CODE
          ? { newPassword: SAME_PASSWORD }
          : { currentPassword: phrase("access.passwordForm.errors.wrongCurrent") };
      return { fieldErrors, message: phrase("common.form.fixErrors") };
    }
    if (user.mustChangePassword) redirect("/quan-ly");
    return { message: phrase("access.passwordForm.changed"), values: {} };
  },
  { secretFields: ["currentPassword", "newPassword", "confirmPassword"] },
);

/** A checkbox of a form: ticked is "1", left empty is absent. */
const ticked = z.preprocess((v) => v === "1", z.boolean());

const preferencesForm = preferencesSchema.extend({
  newFeedback: ticked,
  dailyDigest: ticked,
  dropAlert: ticked,
  dropPoints: z.preprocess(
    (v) => (typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
    preferencesSchema.shape.dropPoints,
  ),
});

/** The signed-in manager's notification preferences, saved with the language they work in. */
export const preferencesAction = managerAction(preferencesForm, async (data, manager) => {
  const outcome = await savePreferences(manager, { ...data, lang: asLang(await getLocale()) });
  if (!outcome.ok) return refusedState(outcome.refusal);
  return { message: phrase("manage.notifications.saved") };
});
