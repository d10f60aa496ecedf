import { signOutAction } from "@/app/(manage)/dang-nhap/actions";
import { DemoBanner } from "@/app/demo-banner";

/** The manage area's header: the product's name (or a link home), what else the user may open, sign-out. */
export function ManageHeader({ home, children }: { home: React.ReactNode; children?: React.ReactNode }) {
  return (
    <header>
      <div className="site">
        <div className="wrap wide">
          {home}
          <form action={signOutAction} style={{ display: "flex", gap: "1rem", alignItems: "center" }}>
            {children}
            <button type="submit" className="secondary" style={{ minHeight: "auto", padding: ".3rem .8rem" }}>
              Đăng xuất / Sign out
            </button>
          </form>
        </div>
      </div>
      <DemoBanner />
    </header>
  );
}
