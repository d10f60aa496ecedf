import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Notice } from "@/components/form/notice";
import { requireActor } from "@/features/access/server/actor";
import { apiKeysOf } from "@/features/dossiers/server/api-keys";
import { CreateApiKeyForm, RevokeApiKeyButton } from "@/features/dossiers/ui/api-key-forms";
import type { Lang } from "@/i18n/locales";
import { byName } from "@/lib/collate";
import { formatDate, localDay } from "@/lib/time";
import { createApiKeyAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiKeys.page");
  return { title: t("title"), robots: { index: false } };
}

/** Where the intro names the endpoint and the header, in code type. */
const CODE_MARK = "\u0000";

/** Keys for units' dossier systems: POST /api/v1/dossiers returns a single-use survey link per receipt. */
export default async function ApiKeysPage({
  searchParams,
}: {
  searchParams: Promise<{ "da-thu-hoi"?: string }>;
}) {
  const manager = await requireActor();
  const t = await getTranslations("apiKeys.page");
  const lang = (await getLocale()) as Lang;
  const code = (text: string) => `${CODE_MARK}${text}${CODE_MARK}`;
  const revoked = (await searchParams)["da-thu-hoi"] === "1";
  const { keys, units } = await apiKeysOf(manager);
  return (
    <>
      <h1>{t("heading")}</h1>
      {revoked ? <Notice>{t("revoked")}</Notice> : null}
      <p>
        {t("intro", {
          endpoint: code("POST /api/v1/dossiers"),
          header: code(`Authorization: Bearer <${t("keyWord")}>`),
        })
          .split(CODE_MARK)
          .map((part, i) =>
            // biome-ignore lint/suspicious/noArrayIndexKey: the sentence's parts are positional
            i % 2 === 1 ? <code key={i}>{part}</code> : part,
          )}
      </p>
      {units.length > 0 ? (
        <CreateApiKeyForm
          action={createApiKeyAction}
          units={units
            .filter((u) => !u.validTo)
            .map((u) => ({ id: u.id, name: u.name }))
            .sort(byName)}
        />
      ) : (
        <p>{t("noUnits")}</p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t("columns.name")}</th>
            <th scope="col">{t("columns.unit")}</th>
            <th scope="col">{t("columns.prefix")}</th>
            <th scope="col">{t("columns.createdOn")}</th>
            <th scope="col">{t("columns.lastUsed")}</th>
            <th scope="col">{t("columns.status")}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td>{k.unitName}</td>
              <td>
                <code>hl_{k.prefix}_…</code>
              </td>
              <td>{formatDate(localDay(k.createdAt), lang)}</td>
              <td>{k.lastUsedAt ? formatDate(localDay(k.lastUsedAt), lang) : "—"}</td>
              <td>
                {k.revokedAt ? (
                  t("revokedStatus")
                ) : (
                  <RevokeApiKeyButton id={k.id} label={t("revokeLabel", { name: k.name })} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
