import { getTranslations } from "next-intl/server";
import type { Lang } from "@/i18n/locales";
import { formatDateTime } from "@/lib/time";

type Channel = "email" | "sms";

interface Delivery {
  id: number;
  channel: Channel;
  status: "pending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  nextAttemptAt: Date;
}

/** Each delivery of the reply (e-mail, text) with its state; or why there is none. */
export async function ReplyDeliveries({
  deliveries,
  channels,
  reference,
  consented,
  lang,
}: {
  deliveries: Delivery[];
  channels: Record<Channel, boolean>;
  reference: string;
  consented: boolean;
  lang: Lang;
}) {
  const t = await getTranslations("feedback.item.deliveries");
  return (
    <section aria-labelledby="deliveries-heading" data-testid="reply-deliveries">
      <h3 id="deliveries-heading">{t("heading")}</h3>
      {deliveries.length === 0 || !consented ? (
        <p className="muted">{t("statusPageOnly", { reference })}</p>
      ) : (
        <ul>
          {deliveries.map((d) => {
            const channel = t(d.channel);
            let text: string;
            if (d.status === "sent")
              text = t("sent", { channel, at: d.sentAt ? formatDateTime(d.sentAt, lang) : "—" });
            else if (d.status === "failed") text = t("failed", { channel, error: d.lastError ?? "—" });
            else if (!channels[d.channel]) text = t("notConfigured", { channel });
            else if (d.attempts > 0) {
              text = t("retrying", {
                channel,
                attempts: d.attempts,
                at: formatDateTime(d.nextAttemptAt, lang),
              });
            } else text = t("pending", { channel });
            return (
              <li key={d.id} data-delivery={d.channel} data-state={d.status}>
                {text}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
