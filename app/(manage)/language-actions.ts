"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { isLang, LANG_COOKIE } from "@/i18n/locales";
import { env } from "@/lib/env";

/** Back to the page the switch was on (its Referer), if it is a page of the managers' area. */
function pageSwitchedOn(referer: string | null): string {
  if (!referer) return "/quan-ly";
  try {
    const { pathname, search } = new URL(referer);
    return /^\/(quan-ly|dang-nhap)(\/|$)/.test(pathname) ? `${pathname}${search}` : "/quan-ly";
  } catch {
    return "/quan-ly";
  }
}

/** A staff member's language for the managers' area, kept for a year on this browser. */
export async function chooseLanguageAction(formData: FormData): Promise<void> {
  const lang = formData.get("lang");
  if (isLang(lang)) {
    (await cookies()).set(LANG_COOKIE, lang, {
      path: "/",
      maxAge: 365 * 24 * 60 * 60,
      sameSite: "lax",
      httpOnly: true,
      secure: env().PUBLIC_BASE_URL.startsWith("https:"),
    });
  }
  redirect(pageSwitchedOn((await headers()).get("referer")));
}
