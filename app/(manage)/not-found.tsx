import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** A page of the managers' area that does not exist, or lies outside the staff member's scope. */
export default async function ManageNotFound() {
  const t = await getTranslations("manage.notFound");
  return (
    <main id="main" className="wrap">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/quan-ly">{t("home")}</Link>
      </p>
    </main>
  );
}
