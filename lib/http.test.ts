import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HttpError, htmlErrorResponse } from "./http";

// The error page for plain form posts is the one HTML built by hand: whatever the request put into the
// message, the field names or the back link must come out as text, never as markup.

const markupCharacters = (html: string) => (html.match(/[<>"']/g) ?? []).length;

async function page(message: string, fields: Record<string, string>, back: string | null): Promise<string> {
  return htmlErrorResponse(new HttpError(400, "invalid_submission", message, fields), back, "vi").text();
}

describe("htmlErrorResponse", () => {
  it("escapes a script in the message, a field name and a field message", async () => {
    const script = "<script>alert('x')</script>";
    const html = await page(script, { [`answers.${script}`]: script }, null);
    expect(html).not.toContain("<script");
    expect(html).toContain("&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;");
    expect(html).toContain("<strong>answers.&#60;script&#62;");
  });

  it("keeps a back link inside its attribute", async () => {
    const html = await page("x", {}, '/vi/danh-gia/AB" onclick="alert(1)');
    expect(html).toContain('href="/vi/danh-gia/AB&#34; onclick=&#34;alert(1)"');
  });

  it("adds no markup whatever the text it shows", async () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom("<script>", "</li><li>", '"><img src=x>', "&lt;", "'"),
    );
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.dictionary(text, text, { maxKeys: 4 }),
        fc.option(text, { nil: null }),
        async (message, fields, back) => {
          const blank = Object.fromEntries(Object.keys(fields).map((_, i) => [`f${i}`, ""]));
          const reference = await page("", blank, back ? "/" : null);
          expect(markupCharacters(await page(message, fields, back))).toBe(markupCharacters(reference));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("answers with the error's status as an HTML page", () => {
    const res = htmlErrorResponse(new HttpError(413, "payload_too_large", "quá lớn"), null, "en");
    expect(res.status).toBe(413);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });
});
