/** PDF of a procedure sheet with 400 cards (one commune's whole catalogue), rendered in this process. */
import { performance } from "node:perf_hooks";
import { log } from "./format";

export const POSTER_TARGETS = { cards: 400, seconds: 15 } as const;

export interface PosterResult {
  cards: number;
  pages: number;
  pdfBytes: number;
  renderMs: number;
  heapUsedMb: number;
}

export async function benchPosters(): Promise<PosterResult> {
  const { renderPosterPdf, layoutFor } = await import("@/features/posters/poster-pdf");
  const { qrPayload, shortUrlText } = await import("../lib/qr");
  const base = "https://hailong.example.vn";
  const cards = Array.from({ length: POSTER_TARGETS.cards }, (_, i) => {
    const code = `B${String(i).padStart(5, "0")}`.replace(/0/g, "Q").replace(/1/g, "R");
    return {
      title: `Thủ tục đăng ký, cấp đổi, cấp lại giấy tờ hộ tịch số ${i + 1} có tên rất dài để kiểm tra việc xuống dòng`,
      lines: [`Mã: MAU.HT.${i + 1}`, "Lĩnh vực: Hộ tịch"],
      qrText: qrPayload(base, code),
      shortUrl: shortUrlText(base, code),
    };
  });
  log(`posters: rendering a ${cards.length}-card procedure sheet`);
  const started = performance.now();
  const pdf = await renderPosterPdf({
    kind: "procedure_sheet",
    paper: "A4",
    heading: "Trung tâm Phục vụ hành chính công phường An Hòa",
    cards,
    stamp: "Tờ niêm yết số 0 · bản đo hiệu năng",
  });
  const renderMs = performance.now() - started;
  const layout = layoutFor("procedure_sheet", "A4");
  return {
    cards: cards.length,
    pages: Math.ceil(cards.length / (layout.columns * layout.rows)),
    pdfBytes: pdf.length,
    renderMs,
    heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
  };
}
