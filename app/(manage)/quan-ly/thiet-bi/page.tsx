import type { Metadata } from "next";
import { Notice } from "@/components/form/notice";
import { requireActor } from "@/features/access/server/actor";
import { RESET_SECONDS } from "@/features/kiosk/kiosk";
import { devicesOf } from "@/features/kiosk/server/devices";
import {
  CreateDeviceForm,
  ReissueActivationButton,
  RevokeDeviceButton,
} from "@/features/kiosk/ui/device-forms";
import { byName } from "@/lib/collate";
import { formatDate, localDay } from "@/lib/time";
import { createDeviceAction, reissueActivationAction } from "./actions";

export const metadata: Metadata = { title: "Thiết bị kiosk", robots: { index: false } };

/** Kiosk tablets at the counters: register (activation link shown once), list, revoke. */
export default async function DevicesPage({
  searchParams,
}: {
  searchParams: Promise<{ "da-thu-hoi"?: string }>;
}) {
  const manager = await requireActor();
  const revoked = (await searchParams)["da-thu-hoi"] === "1";
  const { devices, units, counters } = await devicesOf(manager);
  const formUnits = units
    .filter((u) => !u.validTo)
    .sort(byName)
    .map((u) => ({
      id: u.id,
      name: u.name,
      counters: counters.filter((c) => c.unitId === u.id).map((c) => ({ id: c.id, name: c.name })),
    }));
  return (
    <>
      <h1>Thiết bị kiosk đánh giá</h1>
      {revoked ? <Notice>Đã thu hồi thiết bị. / Device revoked.</Notice> : null}
      <p>
        Máy tính bảng đặt tại quầy hiển thị câu hỏi đánh giá nhanh bằng các nút lớn. Sau khi đăng ký, mở đường
        dẫn kích hoạt (hiển thị một lần, dùng được một lần) trên máy tính bảng: máy sẽ ghi nhớ thiết bị và mở
        trang <code>/kiosk</code>. Máy bị cài lại hoặc thay máy khác: tạo đường dẫn kích hoạt mới (máy cũ thôi
        hoạt động). Khi mất mạng, đánh giá được lưu trên máy và tự gửi lại khi có mạng.
      </p>
      {formUnits.length > 0 ? (
        <CreateDeviceForm action={createDeviceAction} units={formUnits} resetSeconds={RESET_SECONDS} />
      ) : (
        <p>Bạn không quản trị đơn vị nào.</p>
      )}
      <h2>Thiết bị đã đăng ký</h2>
      {devices.length === 0 ? (
        <p>Chưa có thiết bị nào.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Tên</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Quầy</th>
              <th scope="col">Quay lại sau</th>
              <th scope="col">Đăng ký ngày</th>
              <th scope="col">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.id} data-device={d.id}>
                <td>{d.name}</td>
                <td>{d.unitName}</td>
                <td>{d.counterName ?? "—"}</td>
                <td>{d.resetSeconds} giây</td>
                <td>{formatDate(localDay(d.createdAt), "vi")}</td>
                <td>
                  {d.revokedAt ? (
                    `Đã thu hồi ngày ${formatDate(localDay(d.revokedAt), "vi")}`
                  ) : (
                    <>
                      <p>
                        {d.awaitingActivation || !d.activatedAt
                          ? "Chờ kích hoạt"
                          : `Đã kích hoạt ngày ${formatDate(localDay(d.activatedAt), "vi")}`}
                      </p>
                      <ReissueActivationButton
                        action={reissueActivationAction}
                        id={d.id}
                        label={`Tạo đường dẫn kích hoạt mới cho thiết bị ${d.name}`}
                      />
                      <RevokeDeviceButton id={d.id} label={`Thu hồi thiết bị ${d.name}`} />
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
