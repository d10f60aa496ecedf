import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import {
  ageInDays,
  excerpt,
  type FeedbackQuery,
  feedbackQueryHref,
  isOverdue,
  parseFeedbackQuery,
} from "@/features/feedback/feedback";
import { formatReference } from "@/features/feedback/reference";
import { feedbackInbox } from "@/features/feedback/server/inbox";
import { feedbackStatuses } from "@/lib/constants";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.inbox");
  return { title: t("metaTitle"), robots: { index: false } };
}

const PAGE_SIZE = 25;

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
  const t = await getTranslations("feedback.inbox");
  const f = await getTranslations("feedback");
  const statusOptions = [
    { value: "", label: t("allStatuses") },
    { value: "open", label: t("open") },
    ...feedbackStatuses.map((value) => ({ value, label: f(`statuses.${value}`) })),
  ];
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        {t("openCount")} <strong data-testid="open-count">{counts.open}</strong> ({t("overdueCount")}{" "}
        <strong data-testid="overdue-count">{counts.overdue}</strong>) ·{" "}
        {t("otherCounts", { answered: counts.byStatus.answered, closed: counts.byStatus.closed })}{" "}
        <span className="muted">{t("dueNote", { days: dueDays })}</span>
      </p>
      <search>
        <form method="get" className="grid2">
          <div>
            <label htmlFor="trang-thai">{t("status")}</label>
            <select id="trang-thai" name="trang-thai" defaultValue={query.status ?? ""}>
              {statusOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="don-vi">{t("unit")}</label>
            <select id="don-vi" name="don-vi" defaultValue={query.unitId ?? ""}>
              <option value="">{t("allUnits")}</option>
              {scopeUnits.map(({ unit, depth }) => (
                <option key={unit.id} value={unit.id}>
                  {"\u00a0\u00a0".repeat(depth)}
                  {unit.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="q">{t("text")}</label>
            <input id="q" name="q" type="search" defaultValue={query.q} />
          </div>
          <div>
            <label className="check" style={{ marginTop: "2.4rem" }}>
              <input name="qua-han" type="checkbox" value="1" defaultChecked={query.overdue} />
              {t("overdueOnly")}
            </label>
          </div>
          <p>
            <button type="submit">{t("filter")}</button>{" "}
            <Link className="button secondary" href="/quan-ly/phan-anh">
              {t("clear")}
            </Link>
          </p>
        </form>
      </search>
      <p role="status">
        {total === 0
          ? t("none")
          : pages > 1
            ? t("countPaged", { total, page: query.page, pages })
            : t("count", { total })}
      </p>
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("number")}</th>
              <th scope="col">{t("unit")}</th>
              <th scope="col">{t("body")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col" className="num">
                {t("received")}
              </th>
              <th scope="col">{t("assignee")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-feedback={r.id}>
                <td>
                  {r.reference ? (
                    <span data-testid="feedback-row-reference">{formatReference(r.reference)}</span>
                  ) : (
                    `#${r.id}`
                  )}
                </td>
                <td>{r.unitName}</td>
                <td>
                  <Link href={`/quan-ly/phan-anh/${r.id}`}>{excerpt(r.body)}</Link>
                </td>
                <td>
                  {f(`statuses.${r.status}`)}
                  {isOverdue(r, now) ? (
                    <>
                      {" "}
                      <span className="tag bad">{f("overdue")}</span>
                    </>
                  ) : null}
                </td>
                <td className="num">{f("days", { days: ageInDays(r.createdAt, now) })}</td>
                <td>{r.assigneeName ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {pages > 1 ? (
        <nav aria-label={t("pages")}>
          <p>
            {query.page > 1 ? <Link href={pageHref(query.page - 1)}>{t("previous")}</Link> : null}{" "}
            {query.page < pages ? <Link href={pageHref(query.page + 1)}>{t("next")}</Link> : null}
          </p>
        </nav>
      ) : null}
    </>
  );
}
