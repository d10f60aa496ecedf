import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/features/access/server/actor";
import { listInstrumentVersions } from "@/features/survey/server/instrument-queries";
import { UnitInstrumentForm } from "@/features/survey/ui/instrument-forms";
import { listUnitsByIds } from "@/features/units/server/unit-queries";
import { byName } from "@/lib/collate";
import { instrumentStatusLabels } from "@/lib/constants";
import { formatDate, localDay } from "@/lib/time";
import { chooseUnitInstrumentAction } from "./actions";

export const metadata: Metadata = { title: "Phiếu khảo sát / Questionnaires", robots: { index: false } };

/** Questionnaires as versioned data, and which one each unit's posters and kiosks use. */
export default async function InstrumentsPage() {
  const manager = await requireActor();
  const [versions, editableUnits, scopeUnits] = await Promise.all([
    listInstrumentVersions([...manager.scopeUnitIds]),
    listUnitsByIds([...manager.editableUnitIds]),
    listUnitsByIds([...manager.scopeUnitIds]),
  ]);
  const unitName = new Map(scopeUnits.map((u) => [u.id, u.name]));
  const published = versions.filter((v) => v.status === "published");
  const label = (v: (typeof versions)[number]) =>
    `${v.definition.title.vi} (${v.key}, phiên bản ${v.version})`;
  // A unit may use the shipped questionnaires and those of itself or a unit above it.
  const ancestorsOf = (unitId: number): Set<number> => {
    const chain = new Set<number>();
    let current = scopeUnits.find((u) => u.id === unitId);
    while (current && !chain.has(current.id)) {
      chain.add(current.id);
      current = scopeUnits.find((u) => u.id === current?.parentId);
    }
    return chain;
  };
  const units = editableUnits.filter((u) => !u.validTo).sort(byName);
  return (
    <>
      <h1>Phiếu khảo sát</h1>
      <p>
        Mỗi phiếu có nhiều phiên bản. Phiên bản đã xuất bản không bao giờ bị sửa: muốn thay đổi, hãy tạo phiên
        bản mới. Mỗi phiếu trả lời ghi lại đúng phiên bản mà người dân đã trả lời.
      </p>
      {units.length > 0 ? (
        <p>
          <Link className="button" href="/quan-ly/phieu-khao-sat/moi">
            Tạo phiếu khảo sát riêng của đơn vị
          </Link>
        </p>
      ) : null}
      <table>
        <caption className="muted" style={{ textAlign: "left" }}>
          Các phiếu và phiên bản
        </caption>
        <thead>
          <tr>
            <th scope="col">Phiếu</th>
            <th scope="col">Mã</th>
            <th scope="col" className="num">
              Phiên bản
            </th>
            <th scope="col">Loại</th>
            <th scope="col">Đơn vị</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Xuất bản</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.id}>
              <td>
                <Link href={`/quan-ly/phieu-khao-sat/${v.id}`}>{v.definition.title.vi}</Link>
              </td>
              <td>
                <code>{v.key}</code>
              </td>
              <td className="num">{v.version}</td>
              <td>
                {v.definition.kind === "quick" ? "Nhanh" : "Đầy đủ"}, {v.definition.scale.length} mức
              </td>
              <td>{v.unitName ?? "Dùng chung (mặc định)"}</td>
              <td>{instrumentStatusLabels[v.status]}</td>
              <td>{v.publishedAt ? formatDate(localDay(v.publishedAt), "vi") : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {units.length > 0 ? (
        <>
          <h2>Phiếu dùng cho tờ niêm yết QR và máy khảo sát tại quầy</h2>
          <p className="muted">
            Mã QR đánh giá và máy khảo sát của đơn vị mở phiếu được chọn. Mặc định: phiếu nhanh một câu hỏi.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Đơn vị</th>
                <th scope="col">Phiếu khảo sát</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => {
                const owners = ancestorsOf(u.id);
                const options = published
                  .filter((v) => v.unitId === null || owners.has(v.unitId))
                  .map((v) => ({ key: v.key, label: label(v) }));
                return (
                  <tr key={u.id}>
                    <td>{unitName.get(u.id) ?? u.name}</td>
                    <td>
                      <UnitInstrumentForm
                        action={chooseUnitInstrumentAction}
                        unit={{ id: u.id, name: u.name }}
                        options={options}
                        current={u.surveyInstrumentKey ?? "quick"}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
