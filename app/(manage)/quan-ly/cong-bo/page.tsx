import type { Metadata } from "next";
import { requireActor } from "@/features/access/server/actor";
import { listAnnouncements } from "@/features/catalog/server/procedure-writes";
import { AnnouncementForm } from "@/features/catalog/ui/announcement-form";
import { createAnnouncementAction } from "./actions";

export const metadata: Metadata = { title: "Quyết định công bố", robots: { index: false } };

export default async function AnnouncementsPage() {
  const manager = await requireActor();
  const announcements = await listAnnouncements();
  return (
    <>
      <h1>Quyết định công bố thủ tục hành chính</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">Số</th>
            <th scope="col">Trích yếu</th>
            <th scope="col">Cơ quan ban hành</th>
            <th scope="col">Ngày ban hành</th>
            <th scope="col">Hiệu lực</th>
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
          <h2>Thêm quyết định</h2>
          <AnnouncementForm action={createAnnouncementAction} />
        </>
      ) : null}
    </>
  );
}
