import Link from "next/link";
import { useTranslations } from "next-intl";
import { channels } from "@/lib/constants";
import { dashboardHref } from "../dashboard-params";

/**
 * The same figures split by channel, one link each: receipt answers (each tied to a registered dossier,
 * at most one per dossier) read apart from the open ones (posters, web, kiosks).
 */
export function ChannelLinks({ path, values }: { path: string; values: Readonly<Record<string, string>> }) {
  const t = useTranslations("index");
  const current = values.kenh;
  return (
    <p data-testid="channel-links">
      {t("channelLinks.label")}{" "}
      {current ? (
        <Link prefetch={false} href={dashboardHref(path, values, { kenh: undefined })}>
          {t("channelLinks.all")}
        </Link>
      ) : (
        <strong>{t("channelLinks.all")}</strong>
      )}
      {channels.map((c) => (
        <span key={c}>
          {" · "}
          {c === current ? (
            <strong>{t(`channels.${c}`)}</strong>
          ) : (
            <Link prefetch={false} href={dashboardHref(path, values, { kenh: c })}>
              {t(`channels.${c}`)}
            </Link>
          )}
        </span>
      ))}
    </p>
  );
}
