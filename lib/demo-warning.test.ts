import { describe, expect, it } from "vitest";
import { publicDemoWarning } from "./demo-warning";

describe("demo on a public origin", () => {
  it("warns loudly when a demo database is served over https", () => {
    const warning = publicDemoWarning({
      publicBaseUrl: "https://hailong.example.vn",
      demoDatabase: true,
      demoData: "1",
    });
    expect(warning).toContain("CẢNH BÁO");
    expect(warning).toContain("WARNING");
    expect(warning).toContain("DEMO_DATA=0");
  });

  it("warns about DEMO_DATA=1 on https even before anything is seeded", () => {
    expect(
      publicDemoWarning({ publicBaseUrl: "https://hailong.example.vn", demoDatabase: false, demoData: "1" }),
    ).toContain("DEMO_DATA=1");
  });

  it("stays quiet on a local http demo and on a real https deployment", () => {
    expect(
      publicDemoWarning({ publicBaseUrl: "http://localhost:3000", demoDatabase: true, demoData: "1" }),
    ).toBeNull();
    expect(
      publicDemoWarning({ publicBaseUrl: "https://hailong.example.vn", demoDatabase: false, demoData: "0" }),
    ).toBeNull();
  });
});
