/**
 * An administrative document (Nghị định 30/2020/NĐ-CP: thể thức văn bản) as data: the issuing unit under
 * its parent with the number, the national name and motto with place and date, the kind and subject, the
 * body (paragraphs, headings, label–value lines, tables), then "Nơi nhận" and the signature block. One
 * model, two renderings — DOCX (render-docx.ts) and PDF (render-pdf.ts) — so the letter and the reports
 * say the same in both. Pure: the texts come already in the reader's language.
 */

export type Block =
  | { type: "heading"; text: string }
  | {
      type: "paragraph";
      text: string;
      italic?: boolean;
      bold?: boolean;
      align?: "left" | "center" | "justify";
    }
  /** "Label: value" lines (e.g. the letter's addressee, dossier code, dates). */
  | { type: "fields"; items: ReadonlyArray<readonly [label: string, value: string]> }
  | {
      type: "table";
      columns: readonly string[];
      rows: ReadonlyArray<readonly string[]>;
      /** Relative column widths (default: equal). */
      widths?: readonly number[];
      /** Columns aligned right (figures). */
      numeric?: readonly boolean[];
      /** The last row is a total (bold). */
      totalRow?: boolean;
    };

export interface AdminDocument {
  /** The document's title in its metadata (and the file's name). */
  title: string;
  lang: "vi" | "en";
  issuer: {
    /** The governing unit, in capitals ("UBND TỈNH AN HÒA"); null for a root. */
    parent: string | null;
    /** The issuing unit, in capitals. */
    unit: string;
    /** "Số: 12/PXL" or "Số: ……/BC-UBND". */
    number: string;
  };
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc". */
  nation: string;
  motto: string;
  /** "An Hòa, ngày 6 tháng 12 năm 2026". */
  placeDate: string;
  /** "BÁO CÁO", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ". */
  kind: string;
  /** The subject line under the kind ("Kết quả … quý IV năm 2026"); null for none. */
  subject: string | null;
  blocks: readonly Block[];
  recipients: { title: string; lines: readonly string[] } | null;
  signature: {
    /** "CHỦ TỊCH", "GIÁM ĐỐC", "NGƯỜI LẬP PHIẾU"… (with "KT." lines if any, one per line). */
    role: readonly string[];
    /** "(Ký, ghi rõ họ tên)". */
    hint: string | null;
    name: string | null;
  };
  /** Landscape pages for wide tables (reports with many columns). */
  landscape?: boolean;
}

/** A safe file name from a title: letters and digits of any script, dashes, at most 80 characters. */
export function documentFileName(title: string, extension: "docx" | "pdf" | "xlsx"): string {
  const base = title
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `${base || "van-ban"}.${extension}`;
}

/** `Content-Disposition` for a download with a Vietnamese file name (RFC 6266 / 5987). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9._-]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
