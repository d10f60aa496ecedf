import Link from "next/link";
import { useTranslations } from "next-intl";
import { reviewHref } from "@/lib/abnormal-answers";

/**
 * Says, on every dashboard whose period has them, that answers were held for review or flagged — so a
 * figure that looks calm is never read without knowing what was left out of it.
 */
export function AbnormalNotice({
  held,
  flagged,
  period,
}: {
  held: number;
  flagged: number;
  period: { from: string; to: string };
}) {
  const t = useTranslations("index.abnormal");
  if (held === 0 && flagged === 0) return null;
  return (
    <p className="notice warn" role="status" data-testid="abnormal-notice">
      {held > 0 ? <strong>{t("held", { count: held })}</strong> : null}
      {held > 0 && flagged > 0 ? "; " : null}
      {flagged > 0 ? t("flagged", { count: flagged }) : null} {t("excluded")}{" "}
      <Link prefetch={false} href={reviewHref(period)}>
        {t("review")}
      </Link>
    </p>
  );
}
