import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/features/access/server/actor";
import { statusLabels } from "@/features/catalog/disclosure-labels";
import { listProceduresForManager } from "@/features/catalog/server/admin-queries";

export const metadata: Metadata = { title: "Thủ tục hành chính", robots: { index: false } };

export default async function ProceduresAdminPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string }>;
}) {
  const manager = await requireActor();
  const q = (await searchParams).q?.slice(0, 200) ?? "";
  const rows = await listProceduresForManager(manager.catalogEditor ? "all" : [...manager.scopeUnitIds], q);
  return (
    <>
      <h1>Thủ tục hành chính</h1>
      {manager.catalogEditor ? (
        <p>
          <Link className="button" href="/quan-ly/thu-tuc/moi">
            Thêm thủ tục
          </Link>{" "}
          <Link className="button secondary" href="/quan-ly/nhap">
            Nhập từ tệp CSV / XLSX / JSON
          </Link>
        </p>
      ) : null}
      <search>
        <form method="get">
          <label htmlFor="q">Tìm theo tên, mã hoặc lĩnh vực</label>
          <div className="searchbox">
            <input id="q" name="q" type="search" defaultValue={q} />
            <button type="submit">Tìm</button>
          </div>
        </form>
      </search>
      <table>
        <thead>
          <tr>
            <th scope="col">Mã</th>
            <th scope="col">Tên thủ tục</th>
            <th scope="col">Lĩnh vực</th>
            <th scope="col">Trạng thái</th>
            <th scope="col" className="num">
              Phiên bản
            </th>
            <th scope="col" className="num">
              Số đơn vị
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
              <td>{statusLabels[r.status].vi}</td>
              <td className="num">{r.versionNo}</td>
              <td className="num">{r.units}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
