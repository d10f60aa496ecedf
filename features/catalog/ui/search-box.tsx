import { type Lang, t } from "@/lib/i18n";

/** A GET form: works with JavaScript off. */
export function SearchBox({
  lang,
  defaultValue,
  unit,
}: {
  lang: Lang;
  defaultValue?: string;
  unit?: string;
}) {
  const d = t(lang);
  return (
    <search className="noprint">
      <form action="/search" method="get">
        <label htmlFor="q">{d.searchLabel}</label>
        <div className="searchbox">
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={defaultValue}
            placeholder={d.searchPlaceholder}
          />
          {lang === "en" ? <input type="hidden" name="lang" value="en" /> : null}
          {unit ? <input type="hidden" name="unit" value={unit} /> : null}
          <button type="submit">{d.search}</button>
        </div>
      </form>
    </search>
  );
}
