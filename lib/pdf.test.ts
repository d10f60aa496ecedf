import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { textPdf } from "./pdf";

describe("textPdf", () => {
  it("writes a PDF whose text layer is the Vietnamese text as given", async () => {
    const pdf = await textPdf("Tờ khai đăng ký khai sinh", [
      "Họ và tên người yêu cầu: ........",
      "Địa chỉ thường trú",
    ]);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const file = join(mkdtempSync(join(tmpdir(), "pdf-")), "form.pdf");
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain("Tờ khai đăng ký khai sinh");
    expect(text).toContain("Địa chỉ thường trú");
  });
});
