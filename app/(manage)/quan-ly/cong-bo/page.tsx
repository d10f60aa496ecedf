import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/features/access/server/actor";
import { listAnnouncements } from "@/features/catalog/server/procedure-writes";
import { AnnouncementForm } from "@/features/catalog/ui/announcement-form";
import { createAnnouncementAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog.announcements");
  return { title: t("title"), robots: { index: false } };
}

export default async function AnnouncementsPage() {
  const manager = await requireActor();
  const announcements = await listAnnouncements();
  const t = await getTranslations("catalog.announcements");
  return (
    <>
      <h1>{t("heading")}</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("columns.number")}</th>
            <th scope="col">{t("columns.title")}</th>
            <th scope="col">{t("columns.issuer")}</th>
            <th scope="col">{t("columns.issuedOn")}</th>
            <th scope="col">{t("columns.effectiveOn")}</th>
          </tr>
        </thead>
        <tbody>
          {announcements.map((a) => (
            <tr key={a.id}>
              <td>{a.number}</td>
              <td>{a.title}</td>
              <td>{a.issuer}</td>
              <td>{a.issuedOn}</td>
              <td>{a.effectiveOn}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {manager.catalogEditor ? (
        <>
          <h2>{t("add")}</h2>
          <AnnouncementForm action={createAnnouncementAction} />
        </>
      ) : null}
    </>
  );
}
