import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { listProceduresForManager } from "@/features/catalog/server/admin-queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog.list");
  return { title: t("title"), robots: { index: false } };
}

export default async function ProceduresAdminPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string }>;
}) {
  const manager = await requireActor();
  const q = (await searchParams).q?.slice(0, 200) ?? "";
  const rows = await listProceduresForManager(manager.catalogEditor ? "all" : [...manager.scopeUnitIds], q);
  const t = await getTranslations("catalog");
  const status = await getTranslations("disclosure.status");
  return (
    <>
      <h1>{t("list.title")}</h1>
      {manager.catalogEditor ? (
        <p>
          <Link className="button" href="/quan-ly/thu-tuc/moi">
            {t("list.add")}
          </Link>{" "}
          <Link className="button secondary" href="/quan-ly/nhap">
            {t("list.import")}
          </Link>
        </p>
      ) : null}
      <search>
        <form method="get">
          <label htmlFor="q">{t("list.searchLabel")}</label>
          <div className="searchbox">
            <input id="q" name="q" type="search" defaultValue={q} />
            <button type="submit">{t("list.search")}</button>
          </div>
        </form>
      </search>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("list.columns.code")}</th>
            <th scope="col">{t("list.columns.name")}</th>
            <th scope="col">{t("list.columns.field")}</th>
            <th scope="col">{t("list.columns.status")}</th>
            <th scope="col" className="num">
              {t("list.columns.version")}
            </th>
            <th scope="col" className="num">
              {t("list.columns.units")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <td>{r.code}</td>
              <td>
                <Link href={`/quan-ly/thu-tuc/${encodeURIComponent(r.code)}`}>{r.name}</Link>
              </td>
              <td>{r.field}</td>
              <td>{status(r.status)}</td>
              <td className="num">{r.versionNo}</td>
              <td className="num">{r.units}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
