import "../../globals.css";

/** A printed QR's address only redirects (or answers 404); its document, if any, is Vietnamese. */
export default function ShortLinkRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>{children}</body>
    </html>
  );
}
