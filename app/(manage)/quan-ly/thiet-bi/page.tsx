import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/form/notice";
import { requireActor } from "@/features/access/server/actor";
import { RESET_SECONDS } from "@/features/kiosk/kiosk";
import { devicesOf } from "@/features/kiosk/server/devices";
import {
  CreateDeviceForm,
  ReissueActivationButton,
  RevokeDeviceButton,
} from "@/features/kiosk/ui/device-forms";
import type { Lang } from "@/i18n/locales";
import { byName } from "@/lib/collate";
import { formatDate, localDay } from "@/lib/time";
import { createDeviceAction, reissueActivationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("devices.page");
  return { title: t("title"), robots: { index: false } };
}

/** Where the intro names the kiosk's address, in code type. */
const PATH_MARK = "\u0000";

/** Kiosk tablets at the counters: register (activation link shown once), list, revoke. */
export default async function DevicesPage({
  searchParams,
}: {
  searchParams: Promise<{ "da-thu-hoi"?: string }>;
}) {
  const manager = await requireActor();
  const t = await getTranslations("devices.page");
  const lang = (await getLocale()) as Lang;
  const day = (at: Date) => formatDate(localDay(at), lang);
  const revoked = (await searchParams)["da-thu-hoi"] === "1";
  const { devices, units, counters } = await devicesOf(manager);
  const formUnits = units
    .filter((u) => !u.validTo)
    .sort(byName)
    .map((u) => ({
      id: u.id,
      name: u.name,
      counters: counters.filter((c) => c.unitId === u.id).map((c) => ({ id: c.id, name: c.name })),
    }));
  return (
    <>
      <h1>{t("heading")}</h1>
      {revoked ? <Notice>{t("revoked")}</Notice> : null}
      <p>
        {t("intro", { path: `${PATH_MARK}/kiosk${PATH_MARK}` })
          .split(PATH_MARK)
          .map((part, i) =>
            // biome-ignore lint/suspicious/noArrayIndexKey: the sentence's parts are positional
            i % 2 === 1 ? <code key={i}>{part}</code> : part,
          )}
      </p>
      {formUnits.length > 0 ? (
        <CreateDeviceForm action={createDeviceAction} units={formUnits} resetSeconds={RESET_SECONDS} />
      ) : (
        <p>{t("noUnits")}</p>
      )}
      <h2>{t("registered")}</h2>
      {devices.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("columns.name")}</th>
              <th scope="col">{t("columns.unit")}</th>
              <th scope="col">{t("columns.counter")}</th>
              <th scope="col">{t("columns.reset")}</th>
              <th scope="col">{t("columns.registeredOn")}</th>
              <th scope="col">{t("columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.id} data-device={d.id}>
                <td>{d.name}</td>
                <td>{d.unitName}</td>
                <td>{d.counterName ?? "—"}</td>
                <td>{t("seconds", { count: d.resetSeconds })}</td>
                <td>{day(d.createdAt)}</td>
                <td>
                  {d.revokedAt ? (
                    t("revokedOn", { date: day(d.revokedAt) })
                  ) : (
                    <>
                      <p>
                        {d.awaitingActivation || !d.activatedAt
                          ? t("awaiting")
                          : t("activatedOn", { date: day(d.activatedAt) })}
                      </p>
                      <ReissueActivationButton
                        action={reissueActivationAction}
                        id={d.id}
                        label={t("reissueLabel", { name: d.name })}
                      />
                      <RevokeDeviceButton id={d.id} label={t("revokeLabel", { name: d.name })} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
