import type { Lang } from "@/i18n/locales";

/** The search form with its words given (a client page, such as the not-found page, passes its own). */
export function SearchForm({
  lang,
  defaultValue,
  unit,
  label,
  placeholder,
  submit,
}: {
  lang: Lang;
  defaultValue?: string;
  unit?: string;
  label: string;
  placeholder: string;
  submit: string;
}) {
  return (
    <search className="noprint">
      <form action="/search" method="get">
        <label htmlFor="q">{label}</label>
        <div className="searchbox">
          <input id="q" name="q" type="search" defaultValue={defaultValue} placeholder={placeholder} />
          {lang === "en" ? <input type="hidden" name="lang" value="en" /> : null}
          {unit ? <input type="hidden" name="unit" value={unit} /> : null}
          <button type="submit">{submit}</button>
        </div>
      </form>
    </search>
  );
}
