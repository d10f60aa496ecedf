import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/(manage)/dang-nhap/actions";
import { DemoBanner } from "@/app/demo-banner";
import { LanguageSwitch } from "./language-switch";

/** The manage area's header: the product's name (or a link home), what else the user may open, the language, sign-out. */
export async function ManageHeader({
  home,
  children,
}: {
  home: React.ReactNode;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("manage.shell");
  return (
    <header>
      <div className="site">
        <div className="wrap wide">
          {home}
          <div style={{ display: "flex", gap: "1rem", alignItems: "center" }}>
            {children}
            <LanguageSwitch />
            <form action={signOutAction}>
              <button
                type="submit"
                className="secondary"
                style={{ minHeight: "auto", padding: ".3rem .8rem" }}
              >
                {t("signOut")}
              </button>
            </form>
          </div>
        </div>
      </div>
      <DemoBanner />
    </header>
  );
}
