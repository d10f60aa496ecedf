import { describe, expect, it } from "vitest";
import { describeFile, fileType, formatFileSize, isPdfFile, wantsPdfBeside } from "./form-file";

describe("form files", () => {
  it("names the type from the extension", () => {
    expect(fileType("mau.ht.01-tk1.rtf")).toBe("RTF");
    expect(fileType("To khai.DOCX")).toBe("DOCX");
    expect(fileType("no-extension")).toBe("");
    expect(isPdfFile("a.pdf")).toBe(true);
  });

  it("offers a PDF beside word processors' files only", () => {
    expect(wantsPdfBeside("a.rtf")).toBe(true);
    expect(wantsPdfBeside("a.doc")).toBe(true);
    expect(wantsPdfBeside("a.pdf")).toBe(false);
    expect(wantsPdfBeside("a.xlsx")).toBe(false);
  });

  it("writes sizes in the reader's digits, rounding kilobytes up", () => {
    expect(formatFileSize(1, "vi")).toBe("1 KB");
    expect(formatFileSize(12 * 1024 - 5, "vi")).toBe("12 KB");
    expect(formatFileSize(1.45 * 1024 * 1024, "vi")).toBe("1,5 MB");
    expect(formatFileSize(1.45 * 1024 * 1024, "en")).toBe("1.5 MB");
    expect(describeFile("mau.rtf", 12_000, "vi")).toBe("RTF, 12 KB");
  });
});
