"use server";

import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { auth } from "@/features/access/server/auth";
import { phrase } from "@/i18n/phrase";
import { validatedAction } from "@/lib/action";

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
        return {
          message: error.statusCode === 429 ? error.message : phrase("access.signIn.errors.wrongCredentials"),
        };
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
