import Link from "next/link";
import { channels } from "@/lib/constants";
import { channelLabels, dashboardHref } from "../dashboard-params";

/**
 * The same figures split by channel, one link each: receipt answers (each tied to a registered dossier,
 * at most one per dossier) read apart from the open ones (posters, web, kiosks).
 */
export function ChannelLinks({ path, values }: { path: string; values: Readonly<Record<string, string>> }) {
  const current = values.kenh;
  return (
    <p data-testid="channel-links">
      Theo kênh / By channel:{" "}
      {current ? (
        <Link prefetch={false} href={dashboardHref(path, values, { kenh: undefined })}>
          Tất cả / All
        </Link>
      ) : (
        <strong>Tất cả / All</strong>
      )}
      {channels.map((c) => (
        <span key={c}>
          {" · "}
          {c === current ? (
            <strong>{channelLabels[c]}</strong>
          ) : (
            <Link prefetch={false} href={dashboardHref(path, values, { kenh: c })}>
              {channelLabels[c]}
            </Link>
          )}
        </span>
      ))}
    </p>
  );
}
