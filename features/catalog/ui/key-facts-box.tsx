import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { KeyFacts } from "@/features/catalog/key-facts";
import type { Lang } from "@/i18n/locales";

/** Anchors of the sections the summary points to (ids of their headings on the page). */
export const SECTION_IDS = {
  steps: "trinh-tu",
  channels: "cach-thuc",
  dossier: "ho-so",
  timeLimit: "thoi-han",
  fees: "phi-le-phi",
  forms: "bieu-mau",
} as const;

/**
 * The top of a procedure page: time limit, fee, where to hand in, how many papers and which ways — each a
 * short excerpt of its section below — then the rating and links down to the sections. Facts the content
 * does not state are left out.
 */
export async function KeyFactsBox({
  facts,
  place,
  lang,
  rateHref,
}: {
  facts: KeyFacts;
  place: string;
  lang: Lang;
  rateHref?: string;
}) {
  const t = await getTranslations({ locale: lang, namespace: "disclosure" });
  const { documents } = facts;
  const channelNames = facts.channels.map((ch) =>
    ch.onlineLevel
      ? `${t(`channel.${ch.kind}`)} (${t(`onlineLevel.${ch.onlineLevel}`)})`
      : t(`channel.${ch.kind}`),
  );
  return (
    <section className="keyfacts" aria-labelledby="summary-heading" data-testid="key-facts">
      <h2 id="summary-heading">{t("summary.heading")}</h2>
      <dl className="summary">
        {facts.timeLimit ? (
          <div>
            <dt>{t("labels.timeLimit")}</dt>
            <dd>
              {facts.timeLimit.text}
              {facts.timeLimit.local ? <span className="muted"> ({t("summary.localRule")})</span> : null}
            </dd>
          </div>
        ) : null}
        {facts.fee || facts.feeByChannel ? (
          <div>
            <dt>{t("labels.fees")}</dt>
            <dd>
              {facts.fee ?? t("summary.feeByChannel")}
              {facts.localFee ? <span className="muted"> ({t("summary.localRule")})</span> : null}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("labels.whereToApply")}</dt>
          <dd>{place}</dd>
        </div>
        {documents || facts.sets ? (
          <div>
            <dt>{t("summary.documents")}</dt>
            <dd>
              {documents
                ? "items" in documents
                  ? t("summary.items", { count: documents.items })
                  : t("summary.cases", { count: documents.cases })
                : null}
              {documents && facts.sets ? " — " : null}
              {facts.sets}
            </dd>
          </div>
        ) : null}
        {channelNames.length > 0 ? (
          <div>
            <dt>{t("labels.channels")}</dt>
            <dd>{channelNames.join("; ")}</dd>
          </div>
        ) : null}
      </dl>
      {rateHref ? (
        <p>
          <Link className="button" href={rateHref}>
            {t("summary.rate")}
          </Link>
        </p>
      ) : null}
      <nav aria-label={t("summary.jump")} className="small">
        {t("summary.jump")}:{" "}
        {(Object.keys(SECTION_IDS) as Array<keyof typeof SECTION_IDS>).map((key, i) => (
          <span key={key}>
            {i > 0 ? " · " : null}
            <a href={`#${SECTION_IDS[key]}`}>{t(`labels.${key}`)}</a>
          </span>
        ))}
      </nav>
    </section>
  );
}
