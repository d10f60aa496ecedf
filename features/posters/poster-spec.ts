import type { PosterKind } from "@/lib/constants";
import { qrPayload, shortUrlText } from "@/lib/qr";
import { formatDate, localDay } from "@/lib/time";
import type { PaperSize, PosterCard, PosterSpec } from "./poster-pdf";

export const posterPaper: Record<PosterKind, PaperSize> = {
  counter_a4: "A4",
  standee_a5: "A5",
  table_tent_a6: "A6",
  procedure_sheet: "A4",
  field_poster: "A4",
  survey_poster: "A4",
};

export interface PosterItem {
  code: string;
  kind: string;
  counterName: string | null;
  fieldName: string | null;
  procedureCode: string | null;
  procedureName: string | null;
  procedureField: string | null;
}

function card(item: PosterItem, baseUrl: string): PosterCard {
  const common = { qrText: qrPayload(baseUrl, item.code), shortUrl: shortUrlText(baseUrl, item.code) };
  switch (item.kind) {
    case "unit_procedure":
      return {
        ...common,
        title: item.procedureName ?? item.code,
        lines: [`Mã: ${item.procedureCode ?? ""}`, `Lĩnh vực: ${item.procedureField ?? ""}`],
      };
    case "field":
      return {
        ...common,
        title: `Lĩnh vực ${item.fieldName ?? ""}`,
        lines: ["Quét mã để xem các thủ tục của lĩnh vực"],
      };
    case "unit":
      return {
        ...common,
        title: "Tra cứu thủ tục hành chính",
        lines: ["Thành phần hồ sơ, thời hạn, phí, lệ phí, biểu mẫu"],
      };
    default:
      return {
        ...common,
        title: "Đánh giá sự hài lòng",
        lines: [item.counterName ? `${item.counterName} — ẩn danh, chỉ một chạm` : "Ẩn danh, chỉ một chạm"],
      };
  }
}

/** A recorded print job as the PDF renderer and the print page draw it, with its version/date stamp. */
export function posterSpec(
  poster: { id: number; kind: PosterKind; createdAt: Date; title: string },
  unitName: string,
  items: readonly PosterItem[],
  baseUrl: string,
): PosterSpec {
  const subheading = items.find((i) => i.counterName)?.counterName ?? undefined;
  return {
    kind: poster.kind,
    paper: posterPaper[poster.kind],
    heading: unitName,
    subheading: poster.kind === "counter_a4" || poster.kind === "standee_a5" ? subheading : undefined,
    cards: items.map((item) => card(item, baseUrl)),
    stamp: `Tờ niêm yết số ${poster.id} · in ngày ${formatDate(localDay(poster.createdAt), "vi")} · Hài Lòng`,
  };
}
