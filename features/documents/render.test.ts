import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";
import { type AdminDocument, attachmentDisposition, documentFileName } from "./admin-document";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";

const dir = mkdtempSync(join(tmpdir(), "hl-doc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = Array.from({ length: 60 }, (_, i) => [
  `Trung tâm Phục vụ hành chính công xã số ${i + 1}`,
  String(1000 + i),
  "99,12 %",
]);

const sample: AdminDocument = {
  title: "Báo cáo quý IV năm 2026",
  lang: "vi",
  issuer: { parent: "UBND TỈNH AN HÒA", unit: "SỞ TƯ PHÁP", number: "Số: ……/BC-STP" },
  nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  placeDate: "An Hòa, ngày 6 tháng 12 năm 2026",
  kind: "BÁO CÁO",
  subject: "Kết quả giải quyết thủ tục hành chính quý IV năm 2026",
  blocks: [
    { type: "heading", text: "I. KẾT QUẢ GIẢI QUYẾT HỒ SƠ" },
    { type: "paragraph", text: "Tiếp nhận 16.928 hồ sơ, giải quyết đúng và trước hạn đạt 99,99%." },
    { type: "fields", items: [["Mã hồ sơ", "H12.21-261206-0001"]] },
    {
      type: "table",
      columns: ["Đơn vị", "Hồ sơ", "Đúng hạn"],
      rows,
      widths: [3, 1, 1],
      numeric: [false, true, true],
    },
  ],
  recipients: { title: "Nơi nhận:", lines: ["- UBND tỉnh;", "- Lưu: VT."] },
  signature: { role: ["GIÁM ĐỐC"], hint: "(Ký, ghi rõ họ tên)", name: "Nguyễn Văn An" },
};

describe("an administrative document", () => {
  it("renders as a PDF whose text holds the header, the body, every table row and the signature", async () => {
    const file = join(dir, "a.pdf");
    writeFileSync(file, await renderPdf(sample));
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).normalize("NFC");
    for (const s of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "SỞ TƯ PHÁP",
      "Số: ……/BC-STP",
      "An Hòa, ngày 6 tháng 12 năm 2026",
      "BÁO CÁO",
      "99,99%",
      "H12.21-261206-0001",
      "Trung tâm Phục vụ hành chính công xã số 60",
      "Nơi nhận:",
      "GIÁM ĐỐC",
      "Nguyễn Văn An",
    ]) {
      expect(text).toContain(s);
    }
    // 60 rows do not fit one page: the table breaks and its header row is repeated.
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(text.match(/Đúng hạn/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it("renders as a DOCX (Times New Roman) holding the same text", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(sample));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const words = xml.replace(/<[^>]+>/g, "");
    for (const s of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số: ……/BC-STP",
      "Nơi nhận:",
      "xã số 60",
      "Nguyễn Văn An",
    ]) {
      expect(words).toContain(s);
    }
    expect(xml).toContain("Times New Roman");
  });

  it("names its files safely, Vietnamese kept for browsers that read filename*", () => {
    const name = documentFileName("Báo cáo quý IV/2026: Sở Tư pháp", "docx");
    expect(name).toBe("Báo-cáo-quý-IV-2026-Sở-Tư-pháp.docx");
    expect(attachmentDisposition(name)).toBe(
      `attachment; filename="Bao-cao-quy-IV-2026-So-Tu-phap.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
  });
});
