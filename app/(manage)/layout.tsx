import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { clientMessages } from "@/i18n/client-messages";
import type { Lang } from "@/i18n/locales";
import "../globals.css";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b4f8a" };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    robots: { index: false, follow: false },
  };
}

/**
 * The managers' area and its sign-in: the document is in the staff member's language (Vietnamese unless
 * they chose English); forms' client components read the same catalogue.
 */
export default async function ManageRootLayout({ children }: { children: React.ReactNode }) {
  const lang = (await getLocale()) as Lang;
  return (
    <html lang={lang}>
      <body>
        <NextIntlClientProvider messages={clientMessages(lang)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
