import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/features/access/server/actor";
import {
  ageInDays,
  excerpt,
  type FeedbackQuery,
  feedbackQueryHref,
  feedbackStatusLabels,
  isOverdue,
  parseFeedbackQuery,
} from "@/features/feedback/feedback";
import { feedbackInbox } from "@/features/feedback/server/inbox";

export const metadata: Metadata = { title: "Phản ánh, kiến nghị", robots: { index: false } };

const PAGE_SIZE = 25;

const statusOptions = [
  { value: "", label: "Tất cả / All" },
  { value: "open", label: "Đang mở (mới + đã giao) / Open" },
  ...Object.entries(feedbackStatusLabels).map(([value, l]) => ({ value, label: `${l.vi} / ${l.en}` })),
];

/** The managers' feedback inbox: every item of the units in scope, open ones first, oldest first. */
export default async function FeedbackInboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const manager = await requireActor();
  const query = parseFeedbackQuery(await searchParams);
  const now = new Date();
  const { dueDays, scopeUnits, rows, total, counts } = await feedbackInbox(manager, query, PAGE_SIZE, now);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const pageHref = (page: number) => feedbackQueryHref({ ...query, page } satisfies FeedbackQuery);
  return (
    <>
      <h1>Phản ánh, kiến nghị / Feedback inbox</h1>
      <p>
        Đang mở: <strong data-testid="open-count">{counts.open}</strong> (quá hạn:{" "}
        <strong data-testid="overdue-count">{counts.overdue}</strong>) · đã trả lời:{" "}
        {counts.byStatus.answered} · đã đóng: {counts.byStatus.closed}.{" "}
        <span className="muted">
          Thời hạn xử lý: {dueDays} ngày kể từ khi nhận; quá thời hạn mà chưa trả lời thì đánh dấu “Quá hạn”.
        </span>
      </p>
      <search>
        <form method="get" className="grid2">
          <div>
            <label htmlFor="trang-thai">Trạng thái / Status</label>
            <select id="trang-thai" name="trang-thai" defaultValue={query.status ?? ""}>
              {statusOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="don-vi">Đơn vị / Unit</label>
            <select id="don-vi" name="don-vi" defaultValue={query.unitId ?? ""}>
              <option value="">Tất cả đơn vị trong phạm vi / All units</option>
              {scopeUnits.map(({ unit, depth }) => (
                <option key={unit.id} value={unit.id}>
                  {"\u00a0\u00a0".repeat(depth)}
                  {unit.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="q">Nội dung có chứa / Text contains</label>
            <input id="q" name="q" type="search" defaultValue={query.q} />
          </div>
          <div>
            <label className="check" style={{ marginTop: "2.4rem" }}>
              <input name="qua-han" type="checkbox" value="1" defaultChecked={query.overdue} />
              Chỉ phản ánh quá hạn / Overdue only
            </label>
          </div>
          <p>
            <button type="submit">Lọc / Filter</button>{" "}
            <Link className="button secondary" href="/quan-ly/phan-anh">
              Bỏ lọc / Clear
            </Link>
          </p>
        </form>
      </search>
      <p role="status">
        {total === 0
          ? "Không có phản ánh nào phù hợp. / No matching items."
          : `${total} phản ánh${pages > 1 ? ` · trang ${query.page}/${pages}` : ""}`}
      </p>
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Số</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Nội dung</th>
              <th scope="col">Trạng thái</th>
              <th scope="col" className="num">
                Đã nhận
              </th>
              <th scope="col">Người xử lý</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-feedback={r.id}>
                <td>#{r.id}</td>
                <td>{r.unitName}</td>
                <td>
                  <Link href={`/quan-ly/phan-anh/${r.id}`}>{excerpt(r.body)}</Link>
                </td>
                <td>
                  {feedbackStatusLabels[r.status].vi}
                  {isOverdue(r, dueDays, now) ? (
                    <>
                      {" "}
                      <span className="tag bad">Quá hạn</span>
                    </>
                  ) : null}
                </td>
                <td className="num">{ageInDays(r.createdAt, now)} ngày</td>
                <td>{r.assigneeName ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {pages > 1 ? (
        <nav aria-label="Phân trang / Pages">
          <p>
            {query.page > 1 ? <Link href={pageHref(query.page - 1)}>← Trang trước</Link> : null}{" "}
            {query.page < pages ? <Link href={pageHref(query.page + 1)}>Trang sau →</Link> : null}
          </p>
        </nav>
      ) : null}
    </>
  );
}
