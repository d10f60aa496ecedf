import { useTranslations } from "next-intl";

/** An import file's problem as the form shows it: said in the staff member's language. */
export interface ShownImportIssue {
  rowNumber: number | null;
  column: string | null;
  /** The column's header as the file writes it. */
  header: string | null;
  /** The line within a multi-line cell (procedure lists), when the problem is in one. */
  item?: number | null;
  text?: string | null;
  message: string;
}

/**
 * The problems an import's check found, by row and column (and line within a cell, for files that have
 * them): the procedure import's and the dossier import's alike.
 */
export function ImportIssuesTable({
  fileName,
  issues,
  withItems = false,
}: {
  fileName: string;
  issues: readonly ShownImportIssue[];
  /** Show the "line within a cell" column. */
  withItems?: boolean;
}) {
  const t = useTranslations("imports.issues");
  return (
    <section aria-labelledby="issues-heading">
      <h2 id="issues-heading">{t("heading", { fileName })}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("columns.row")}</th>
            <th scope="col">{t("columns.column")}</th>
            {withItems ? <th scope="col">{t("columns.item")}</th> : null}
            <th scope="col">{t("columns.error")}</th>
            <th scope="col">{t("columns.text")}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((i, n) => (
            <tr
              // biome-ignore lint/suspicious/noArrayIndexKey: issues have no identity of their own
              key={n}
              data-row={i.rowNumber ?? ""}
              data-column={i.column ?? ""}
              data-item={withItems ? (i.item ?? "") : undefined}
            >
              <td>{i.rowNumber ?? "—"}</td>
              <td>{i.header ?? i.column ?? "—"}</td>
              {withItems ? <td>{i.item ?? "—"}</td> : null}
              <td>{i.message}</td>
              <td>{i.text ? <q>{i.text}</q> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
