import Link from "next/link";
import { ManageHeader } from "@/app/(manage)/manage-header";
import { requireActor } from "@/features/access/server/actor";
import { openFeedbackCount } from "@/features/feedback/server/inbox";
import { countPendingBursts } from "@/features/survey/server/burst-queries";

export default async function ManageLayout({ children }: { children: React.ReactNode }) {
  const manager = await requireActor();
  const [openFeedback, pendingBursts] = await Promise.all([
    openFeedbackCount(manager),
    countPendingBursts([...manager.scopeUnitIds]),
  ]);
  return (
    <>
      <a className="skip" href="#main">
        Bỏ qua, đến nội dung chính
      </a>
      <ManageHeader home={<Link href="/quan-ly">Hài Lòng — Quản lý</Link>}>
        <Link href="/quan-ly/tai-khoan">{manager.name}</Link>
      </ManageHeader>
      <nav aria-label="Quản lý" className="wrap wide manage-nav">
        <Link href="/quan-ly">Tổng quan</Link>
        <Link href="/quan-ly/thu-tuc">Thủ tục hành chính</Link>
        <Link href="/quan-ly/cong-bo">Quyết định công bố</Link>
        <Link href="/quan-ly/linh-vuc">Lĩnh vực</Link>
        <Link href="/quan-ly/nhap">Nhập từ tệp</Link>
        <Link href="/quan-ly/to-niem-yet">Tờ niêm yết QR</Link>
        <Link href="/quan-ly/phieu-khao-sat">Phiếu khảo sát</Link>
        <Link href="/quan-ly/phieu-gan-co">
          Đánh giá bất thường
          {pendingBursts > 0 ? (
            <>
              {" "}
              <span className="tag" data-testid="pending-bursts-count">
                {pendingBursts}
                <span className="visually-hidden"> đợt chờ xem xét</span>
              </span>
            </>
          ) : null}
        </Link>
        <Link href="/quan-ly/khoa-api">Khóa API</Link>
        {manager.editableUnitIds.size > 0 ? <Link href="/quan-ly/nguoi-dung">Người dùng</Link> : null}
        <Link href="/quan-ly/phan-anh">
          Phản ánh, kiến nghị{" "}
          <span className="tag" data-testid="feedback-open-count">
            {openFeedback}
            <span className="visually-hidden"> đang mở</span>
          </span>
        </Link>
        <Link href="/quan-ly/thiet-bi">Thiết bị kiosk</Link>
      </nav>
      <main id="main" className="wrap wide">
        {children}
      </main>
    </>
  );
}
