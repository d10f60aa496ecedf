import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loggedPath, routeGroup } from "../server/observability.mjs";
import { htmlPolicy, inlineScriptHashes } from "../server/security.mjs";

const sha = (code: string) => `sha256-${createHash("sha256").update(code).digest("base64")}`;

describe("request logs", () => {
  it("replace the tokens of receipt and kiosk links and drop query values", () => {
    expect(loggedPath("/r/AbCdEf0123456789xyz")).toBe("/r/:token");
    expect(loggedPath("/en/bien-nhan/AbCdEf0123456789xyz?x=1")).toBe("/en/bien-nhan/:token?x");
    expect(loggedPath("/kiosk/kich-hoat/s3cr3t-token")).toBe("/kiosk/kich-hoat/:token");
    expect(loggedPath("/search?q=nguy%E1%BB%85n+van+a&q=b&page=2")).toBe("/search?q&page");
    expect(loggedPath(`/${"x".repeat(500)}`).length).toBeLessThanOrEqual(202);
  });

  it("label metrics with a fixed set of route groups, never the raw path", () => {
    expect(routeGroup("/vi/don-vi/phuong-a/thu-tuc/MAU.HT.01")).toBe("procedure_page");
    expect(routeGroup("/q/AB12CD/qr.png?size=512")).toBe("qr_image");
    expect(routeGroup("/r/secret")).toBe("receipt");
    expect(routeGroup("/api/v1/responses")).toBe("api_responses");
    expect(routeGroup("/wp-admin/setup.php")).toBe("other");
  });
});

describe("content security policy", () => {
  it("hashes Next.js's data-only inline scripts and refuses anything else", () => {
    const opener = "(self.__next_f=self.__next_f||[]).push([0])";
    const payload = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])';
    const chunks =
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["a.js"]})';
    const html = [
      `<script src="/_next/static/chunks/a.js" async=""></script>`,
      `<script>${opener}</script>`,
      `<script>${payload}</script>`,
      `<script id="_R_">${chunks}</script>`,
      `<script>self.__next_f.push([1]);alert(document.cookie)</script>`,
      `<script>alert(1)</script>`,
    ].join("");
    const { hashes, refused } = inlineScriptHashes(html);
    expect(hashes).toEqual([sha(opener), sha(payload), sha(chunks)]);
    expect(refused).toBe(2);
    const policy = htmlPolicy(hashes);
    expect(policy).toContain(`script-src 'self' '${sha(opener)}'`);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
  });
});
