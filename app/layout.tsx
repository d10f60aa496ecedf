import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Hài Lòng", template: "%s · Hài Lòng" },
  description: "Công khai thủ tục hành chính và khảo sát sự hài lòng của người dân",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b4f8a" };

/** Vietnamese is the document language; English pages mark their content with lang="en". */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
