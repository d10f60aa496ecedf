import { getTranslations } from "next-intl/server";
import type { Lang } from "@/i18n/locales";
import { SearchForm } from "./search-form";

/** A GET form: works with JavaScript off. */
export async function SearchBox({
  lang,
  defaultValue,
  unit,
}: {
  lang: Lang;
  defaultValue?: string;
  unit?: string;
}) {
  const t = await getTranslations({ locale: lang, namespace: "citizen.search" });
  return (
    <SearchForm
      lang={lang}
      defaultValue={defaultValue}
      unit={unit}
      label={t("label")}
      placeholder={t("placeholder")}
      submit={t("submit")}
    />
  );
}
