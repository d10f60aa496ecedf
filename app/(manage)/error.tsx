"use client";

import { useTranslations } from "next-intl";

/**
 * What the managers' area shows when a page fails unexpectedly: a plain message in the staff member's
 * language and a way to try again — never the error itself (its digest only, to quote to an administrator).
 */
export default function ManageError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("manage.errorPage");
  return (
    <main id="main" className="wrap">
      <h1>{t("title")}</h1>
      <p role="alert">{t("body")}</p>
      {error.digest ? <p className="muted">{t("reference", { digest: error.digest })}</p> : null}
      <p>
        <button type="button" onClick={() => reset()}>
          {t("retry")}
        </button>{" "}
        <a className="button secondary" href="/quan-ly">
          {t("home")}
        </a>
      </p>
    </main>
  );
}
