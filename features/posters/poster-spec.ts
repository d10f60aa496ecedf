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
        purpose: "lookup",
        title: item.procedureName ?? item.code,
        lines: [`Mã: ${item.procedureCode ?? ""}`, `Lĩnh vực: ${item.procedureField ?? ""}`],
      };
    case "field":
      return {
        ...common,
        purpose: "lookup",
        title: `Lĩnh vực ${item.fieldName ?? ""}`,
        lines: [],
      };
    case "unit":
      return {
        ...common,
        purpose: "lookup",
        title: "Tra cứu thủ tục hành chính",
        lines: ["Thành phần hồ sơ, thời hạn, phí, lệ phí, biểu mẫu"],
      };
    default:
      return {
        ...common,
        purpose: "survey",
        title: "Đánh giá sự hài lòng",
        lines: [item.counterName ? `${item.counterName} — ẩn danh, chỉ một chạm` : "Ẩn danh, chỉ một chạm"],
      };
  }
}

/** Under the unit's name: the counter of a counter poster or standee, the instruction of a field poster. */
function subheadingOf(kind: PosterKind, counterName: string | undefined): string | undefined {
  if (kind === "counter_a4" || kind === "standee_a5") return counterName;
  if (kind === "field_poster") return "Quét mã QR của một lĩnh vực để xem các thủ tục của lĩnh vực đó";
  return undefined;
}

/** A recorded print job as the PDF renderer and the print page draw it, with its version/date stamp. */
export function posterSpec(
  poster: { id: number; kind: PosterKind; createdAt: Date; title: string },
  unitName: string,
  items: readonly PosterItem[],
  baseUrl: string,
): PosterSpec {
  const counterName = items.find((i) => i.counterName)?.counterName ?? undefined;
  return {
    kind: poster.kind,
    paper: posterPaper[poster.kind],
    heading: unitName,
    subheading: subheadingOf(poster.kind, counterName),
    cards: items.map((item) => card(item, baseUrl)),
    stamp: `Tờ niêm yết số ${poster.id} · in ngày ${formatDate(localDay(poster.createdAt), "vi")} · Hài Lòng`,
  };
}
