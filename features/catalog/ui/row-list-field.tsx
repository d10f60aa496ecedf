"use client";

import { useTranslations } from "next-intl";
import {
  cellName,
  countName,
  kindName,
  MAX_ROWS,
  ROW_INTENT,
  type Row,
  type RowListKey,
  rowColumns,
} from "@/features/catalog/row-lists";

/**
 * One list of a procedure as rows, each part of an item in its own input. The buttons post the form to
 * add, move or remove rows (the action sends everything typed back), so they work without JavaScript.
 */
export function RowListField({
  list,
  rows,
  errors,
  sectionError,
}: {
  list: RowListKey;
  rows: readonly Row[];
  errors: Readonly<Record<string, string>>;
  /** A problem of the whole section (from reading the record), shown under its title. */
  sectionError?: string;
}) {
  const t = useTranslations("catalog.rows");
  const columns = rowColumns[list] as readonly string[];
  return (
    <fieldset id={list} className="rows" aria-describedby={`${list}-hint`}>
      <legend>{t(`lists.${list}.title`)}</legend>
      <p id={`${list}-hint`} className="hint">
        {t(`lists.${list}.hint`)}
      </p>
      {sectionError ? <p className="field-error">{sectionError}</p> : null}
      <input type="hidden" name={countName(list)} value={rows.length} />
      <ol className="row-list">
        {rows.map((row, i) => {
          const number = i + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position; the form remounts after each change
            <li key={i} className={`row cols-${columns.length}`}>
              <input type="hidden" name={kindName(list, i)} value={row.kind} />
              <span className="row-no" aria-hidden="true">
                {number}.{row.kind === "text" ? <small> {t("asWritten")}</small> : null}
              </span>
              {columns.map((column) => {
                const name = cellName(list, i, column);
                const error = errors[name];
                const label = t(`columns.${list}.${column}` as "columns.dossier.name");
                return (
                  <div key={column} className={`cell cell-${column}`}>
                    <label htmlFor={name}>
                      {label}
                      <span className="visually-hidden">, {t("row", { row: number })}</span>
                    </label>
                    {error ? (
                      <p id={`${name}-error`} className="field-error">
                        {error}
                      </p>
                    ) : null}
                    <input
                      id={name}
                      name={name}
                      type="text"
                      defaultValue={row.cells[column] ?? ""}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${name}-error` : undefined}
                    />
                  </div>
                );
              })}
              <div className="row-tools">
                <button
                  type="submit"
                  className="secondary"
                  name={ROW_INTENT}
                  value={`up:${list}:${i}`}
                  disabled={i === 0}
                  aria-label={t("upLabel", { row: number })}
                >
                  {t("up")}
                </button>
                <button
                  type="submit"
                  className="secondary"
                  name={ROW_INTENT}
                  value={`down:${list}:${i}`}
                  disabled={i === rows.length - 1}
                  aria-label={t("downLabel", { row: number })}
                >
                  {t("down")}
                </button>
                <button
                  type="submit"
                  className="secondary"
                  name={ROW_INTENT}
                  value={`remove:${list}:${i}`}
                  aria-label={t("removeLabel", { row: number })}
                >
                  {t("remove")}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p>
        <button
          type="submit"
          className="secondary"
          name={ROW_INTENT}
          value={`add:${list}`}
          disabled={rows.length >= MAX_ROWS}
        >
          {t("add")}
        </button>
      </p>
    </fieldset>
  );
}
