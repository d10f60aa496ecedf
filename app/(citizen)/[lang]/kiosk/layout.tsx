import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import "./kiosk.css";
import { asLang } from "@/i18n/locales";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: asLang((await params).lang), namespace: "kiosk" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The counter tablet: full screen, no site header. */
export default function KioskLayout({ children }: { children: React.ReactNode }) {
  return children;
}
