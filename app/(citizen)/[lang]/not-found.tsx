import type { Metadata } from "next";
import { NotFoundContent } from "@/components/not-found-content";

export const metadata: Metadata = { title: "Không tìm thấy / Not found" };

export default function NotFound() {
  return (
    <>
      <header className="site">
        <div className="wrap">
          <a href="/vi">Hài Lòng</a>
        </div>
      </header>
      <NotFoundContent />
    </>
  );
}
