import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { listProceduresForUnit } from "@/features/catalog/server/disclosure-queries";
import { type Lang, nameIn } from "@/i18n/locales";

type ProcedureRow = Awaited<ReturnType<typeof listProceduresForUnit>>[number];

function groupByField(rows: ProcedureRow[]) {
  const groups = new Map<string, { name: string; nameEn: string | null; items: ProcedureRow[] }>();
  for (const row of rows) {
    const group = groups.get(row.fieldCode) ?? { name: row.fieldName, nameEn: row.fieldNameEn, items: [] };
    group.items.push(row);
    groups.set(row.fieldCode, group);
  }
  return [...groups.entries()];
}

/** A unit's procedures by field (in the order given), each linking to its page at `unitSlug`. */
export async function ProcedureList({
  procedures,
  unitSlug,
  lang,
}: {
  procedures: ProcedureRow[];
  unitSlug: string;
  lang: Lang;
}) {
  const [t, td] = await Promise.all([
    getTranslations({ locale: lang, namespace: "citizen.unit" }),
    getTranslations({ locale: lang, namespace: "disclosure" }),
  ]);
  return groupByField(procedures).map(([code, group]) => (
    <section key={code} aria-labelledby={`field-${code}`}>
      <h3 id={`field-${code}`}>
        {nameIn(lang, group)}{" "}
        <span className="muted small">({t("procedureCount", { count: group.items.length })})</span>
      </h3>
      <ul className="plist">
        {group.items.map((p) => (
          <li key={p.code}>
            <Link href={`/${lang}/don-vi/${unitSlug}/thu-tuc/${p.code}`}>{p.name}</Link>
            {p.pending ? (
              <>
                {" "}
                <span className="tag">{td("missing.pendingTag")}</span>
              </>
            ) : null}
            <br />
            <span className="code">
              {p.hasNationalCode ? p.code : td("missing.noNationalCode")}
              {p.isSample ? ` · ${t("sampleCode")}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  ));
}
