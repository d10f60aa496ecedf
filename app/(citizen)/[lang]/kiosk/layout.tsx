import type { Metadata } from "next";
import "./kiosk.css";

export const metadata: Metadata = { title: "Đánh giá sự hài lòng", robots: { index: false, follow: false } };

/** The counter tablet: full screen, no site header. */
export default function KioskLayout({ children }: { children: React.ReactNode }) {
  return children;
}
