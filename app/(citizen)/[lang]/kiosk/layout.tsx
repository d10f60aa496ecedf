import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import "./kiosk.css";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).lang === "en" ? "en" : "vi", namespace: "kiosk" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The counter tablet: full screen, no site header. */
export default function KioskLayout({ children }: { children: React.ReactNode }) {
  return children;
}
