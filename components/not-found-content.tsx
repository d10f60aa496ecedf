import Link from "next/link";
import { SearchBox } from "@/features/catalog/ui/search-box";

/** The helpful 404: what happened, in both languages, and a way forward (search, home). */
export function NotFoundContent() {
  return (
    <main id="main" className="wrap">
      <h1>Không tìm thấy trang</h1>
      <p>
        Mã QR hoặc đường dẫn này không tồn tại. Hãy kiểm tra lại mã in trên tờ niêm yết (mã không phân biệt
        chữ hoa, chữ thường), hoặc tìm thủ tục bên dưới.
      </p>
      <p lang="en" className="muted">
        Page not found. This QR code or link does not exist. Check the code printed on the poster, or search
        below.
      </p>
      <SearchBox lang="vi" />
      <p>
        <Link href="/vi">Trang chủ / Home</Link>
      </p>
    </main>
  );
}
