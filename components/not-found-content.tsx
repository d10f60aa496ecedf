import Link from "next/link";
import { SearchForm } from "@/features/catalog/ui/search-form";
import type { Lang } from "@/i18n/locales";

/** The words of the helpful 404 in one language (errors.notFound and citizen.search in the catalogue). */
export interface NotFoundText {
  title: string;
  body: string;
  home: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchSubmit: string;
}

/** The helpful 404: what happened and a way forward (search, home), in the page's language. */
export function NotFoundContent({ lang, text }: { lang: Lang; text: NotFoundText }) {
  return (
    <main id="main" className="wrap">
      <h1>{text.title}</h1>
      <p>{text.body}</p>
      <SearchForm
        lang={lang}
        label={text.searchLabel}
        placeholder={text.searchPlaceholder}
        submit={text.searchSubmit}
      />
      <p>
        <Link href={`/${lang}`}>{text.home}</Link>
      </p>
    </main>
  );
}
