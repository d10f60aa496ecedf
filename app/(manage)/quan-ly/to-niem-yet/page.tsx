import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { postersOf } from "@/features/posters/server/posters";
import type { Lang } from "@/i18n/locales";
import { byName } from "@/lib/collate";
import { posterKinds } from "@/lib/constants";
import { formatDate, localDay } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("posters.list");
  return { title: t("title"), robots: { index: false } };
}

export default async function PostersPage() {
  const manager = await requireActor();
  const t = await getTranslations("posters");
  const lang = (await getLocale()) as Lang;
  const { posters, units } = await postersOf(manager);
  const stale = posters.filter((p) => p.stale > 0);
  const current = units.filter((u) => !u.validTo).sort(byName);
  return (
    <>
      <h1>{t("list.heading")}</h1>
      {current.length > 0 ? (
        <section aria-labelledby="new-heading">
          <h2 id="new-heading">{t("list.newHeading")}</h2>
          <form method="get" action="/quan-ly/to-niem-yet/moi" className="grid2">
            <div>
              <label htmlFor="unit">{t("list.unit")}</label>
              <select id="unit" name="unit" required>
                {current.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="kind">{t("list.kind")}</label>
              <select id="kind" name="kind" required>
                {posterKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <p>
              <button type="submit">{t("list.continue")}</button>
            </p>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="stale-heading">
        <h2 id="stale-heading">{t("list.staleHeading", { count: stale.length })}</h2>
        {stale.length === 0 ? (
          <p>{t("list.noneStale")}</p>
        ) : (
          <ul data-testid="stale-posters">
            {stale.map((p) => (
              <li key={p.id} data-poster={p.id}>
                <Link href={`/quan-ly/to-niem-yet/${p.id}`}>
                  {t("list.posterName", { id: p.id, title: p.title })}
                </Link>{" "}
                — {t("list.changed", { count: p.stale })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="all-heading">
        <h2 id="all-heading">{t("list.printedHeading")}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("list.columns.number")}</th>
              <th scope="col">{t("list.columns.poster")}</th>
              <th scope="col" className="num">
                {t("list.columns.codes")}
              </th>
              <th scope="col">{t("list.columns.printedOn")}</th>
              <th scope="col">{t("list.columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {posters.map((p) => (
              <tr key={p.id}>
                <td>{p.id}</td>
                <td>
                  <Link href={`/quan-ly/to-niem-yet/${p.id}`}>{p.title}</Link>
                </td>
                <td className="num">{p.items}</td>
                <td>{formatDate(localDay(p.createdAt), lang)}</td>
                <td>{p.stale > 0 ? <strong>{t("list.stale")}</strong> : t("list.current")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
