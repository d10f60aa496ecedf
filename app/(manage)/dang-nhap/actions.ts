"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/features/access/server/auth";
import { THROTTLED_CODE, throttledPhrase } from "@/features/access/sign-in-throttle";
import { type Phrase, phrase } from "@/i18n/phrase";
import { validatedAction } from "@/lib/action";

/** What a refused sign-in is told: the throttle's wait, better-auth's own limiter, or wrong credentials. */
function refusalOf(error: APIError): Phrase {
  if (error.statusCode !== 429) return phrase("access.signIn.errors.wrongCredentials");
  const minutes = error.body?.code === THROTTLED_CODE ? Number(error.body.minutes) : Number.NaN;
  return Number.isInteger(minutes) && minutes > 0
    ? throttledPhrase(minutes)
    : phrase("access.signIn.errors.tooManyRequests");
}

const signInSchema = z.object({
  email: z.email({ error: "access.signIn.errors.email" }).max(200),
  password: z.string().min(1, { error: "access.signIn.errors.password" }).max(200),
});

export const signInAction = validatedAction(
  signInSchema,
  async ({ email, password }) => {
    // Throttling and the audit entries (success, failure, refusal) live in the signInThrottle plugin.
    try {
      await auth.api.signInEmail({ body: { email, password }, headers: await headers() });
    } catch (error) {
      if (error instanceof APIError) {
        return { message: refusalOf(error) };
      }
      throw error;
    }
    redirect("/quan-ly");
  },
  { secretFields: ["password"] },
);

export async function signOutAction(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect("/dang-nhap");
}
