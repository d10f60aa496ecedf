import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/features/access/server/actor";
import { posterKindLabels } from "@/features/posters/poster-spec";
import { postersOf } from "@/features/posters/server/posters";
import { byName } from "@/lib/collate";
import { posterKinds } from "@/lib/constants";
import { formatDate, localDay } from "@/lib/time";

export const metadata: Metadata = { title: "Tờ niêm yết QR", robots: { index: false } };

export default async function PostersPage() {
  const manager = await requireActor();
  const { posters, units } = await postersOf(manager);
  const stale = posters.filter((p) => p.stale > 0);
  const current = units.filter((u) => !u.validTo).sort(byName);
  return (
    <>
      <h1>Tờ niêm yết mã QR</h1>
      {current.length > 0 ? (
        <section aria-labelledby="new-heading">
          <h2 id="new-heading">In tờ niêm yết mới</h2>
          <form method="get" action="/quan-ly/to-niem-yet/moi" className="grid2">
            <div>
              <label htmlFor="unit">Đơn vị</label>
              <select id="unit" name="unit" required>
                {current.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="kind">Loại</label>
              <select id="kind" name="kind" required>
                {posterKinds.map((k) => (
                  <option key={k} value={k}>
                    {posterKindLabels[k]}
                  </option>
                ))}
              </select>
            </div>
            <p>
              <button type="submit">Tiếp tục</button>
            </p>
          </form>
        </section>
      ) : null}

      <section aria-labelledby="stale-heading">
        <h2 id="stale-heading">Cần in lại ({stale.length})</h2>
        {stale.length === 0 ? (
          <p>Không có tờ nào lỗi thời: nội dung các thủ tục chưa thay đổi kể từ khi in.</p>
        ) : (
          <ul data-testid="stale-posters">
            {stale.map((p) => (
              <li key={p.id} data-poster={p.id}>
                <Link href={`/quan-ly/to-niem-yet/${p.id}`}>
                  Tờ số {p.id}: {p.title}
                </Link>{" "}
                — {p.stale} thủ tục đã thay đổi
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="all-heading">
        <h2 id="all-heading">Đã in</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Số</th>
              <th scope="col">Tờ niêm yết</th>
              <th scope="col" className="num">
                Mã QR
              </th>
              <th scope="col">Ngày in</th>
              <th scope="col">Trạng thái</th>
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
                <td>{formatDate(localDay(p.createdAt), "vi")}</td>
                <td>{p.stale > 0 ? <strong>Cần in lại</strong> : "Còn đúng"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
