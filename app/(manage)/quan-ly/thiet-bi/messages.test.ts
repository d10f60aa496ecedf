import { describe, expect, it } from "vitest";
import { RESET_SECONDS } from "@/features/kiosk/kiosk";
import { languages } from "@/i18n/locales";
import { say } from "@/i18n/phrase";

describe("the kiosk devices' messages", () => {
  it("name the bounds of the reset time the form accepts, in both languages", () => {
    for (const lang of languages) {
      const message = say(lang, { key: "devices.errors.resetSeconds" });
      expect(message, lang).toContain(` ${RESET_SECONDS.min} `);
      expect(message, lang).toContain(` ${RESET_SECONDS.max} `);
    }
  });
});
