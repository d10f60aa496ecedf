import { describe, expect, it } from "vitest";
import { dossierPath, registerDossierInput } from "./api";

describe("dossier codes", () => {
  it("are trimmed in a body and in the address alike", () => {
    expect(dossierPath.parse({ code: " HS-1 " }).code).toBe("HS-1");
    expect(registerDossierInput.parse({ code: " HS-1 ", receivedAt: "2026-12-07T08:00:00+07:00" }).code).toBe(
      "HS-1",
    );
  });

  it("refuse what cannot name a dossier in /api/v1/dossiers/{code}", () => {
    for (const code of [".", "..", "figures", " ", ""]) {
      const parsed = dossierPath.safeParse({ code });
      expect(parsed.success, code).toBe(false);
      expect(registerDossierInput.safeParse({ code, receivedAt: "2026-12-07T08:00:00+07:00" }).success).toBe(
        false,
      );
    }
    for (const code of ["a/b", "x%y", "Hồ sơ #1?", "...", "Figures"]) {
      expect(dossierPath.safeParse({ code }).success, code).toBe(true);
    }
  });
});
