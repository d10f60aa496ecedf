import type { Metadata } from "next";
import { Notice } from "@/components/form/notice";
import { requireActor } from "@/features/access/server/actor";
import { apiKeysOf } from "@/features/dossiers/server/api-keys";
import { CreateApiKeyForm, RevokeApiKeyButton } from "@/features/dossiers/ui/api-key-forms";
import { byName } from "@/lib/collate";
import { formatDate, localDay } from "@/lib/time";
import { createApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "Khóa API", robots: { index: false } };

/** Keys for units' dossier systems: POST /api/v1/dossiers returns a single-use survey link per receipt. */
export default async function ApiKeysPage({
  searchParams,
}: {
  searchParams: Promise<{ "da-thu-hoi"?: string }>;
}) {
  const manager = await requireActor();
  const revoked = (await searchParams)["da-thu-hoi"] === "1";
  const { keys, units } = await apiKeysOf(manager);
  return (
    <>
      <h1>Khóa API cho phần mềm một cửa</h1>
      {revoked ? <Notice>Đã thu hồi khóa. / Key revoked.</Notice> : null}
      <p>
        Phần mềm tiếp nhận hồ sơ của đơn vị gọi <code>POST /api/v1/dossiers</code> với tiêu đề{" "}
        <code>Authorization: Bearer &lt;khóa&gt;</code> để đăng ký hồ sơ và nhận đường dẫn khảo sát dùng một
        lần (kèm mã QR) in trên giấy tiếp nhận và hẹn trả kết quả. Khóa chỉ được lưu dưới dạng mã băm.
      </p>
      {units.length > 0 ? (
        <CreateApiKeyForm
          action={createApiKeyAction}
          units={units
            .filter((u) => !u.validTo)
            .map((u) => ({ id: u.id, name: u.name }))
            .sort(byName)}
        />
      ) : (
        <p>Bạn không quản trị đơn vị nào.</p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">Tên</th>
            <th scope="col">Đơn vị</th>
            <th scope="col">Mã đầu</th>
            <th scope="col">Tạo ngày</th>
            <th scope="col">Dùng gần nhất</th>
            <th scope="col">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td>{k.unitName}</td>
              <td>
                <code>hl_{k.prefix}_…</code>
              </td>
              <td>{formatDate(localDay(k.createdAt), "vi")}</td>
              <td>{k.lastUsedAt ? formatDate(localDay(k.lastUsedAt), "vi") : "—"}</td>
              <td>
                {k.revokedAt ? (
                  "Đã thu hồi"
                ) : (
                  <RevokeApiKeyButton id={k.id} label={`Thu hồi khóa ${k.name}`} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
