import { createHash } from "node:crypto";
import { SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH } from "@/lib/short-code";

/** A stable short code derived from a name, so documented demo codes never change. */
export function demoShortCode(name: string, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const digest = createHash("sha256").update(`${name}#${attempt}`).digest();
    let code = "";
    for (let i = 0; i < SHORT_CODE_LENGTH; i++) {
      code += SHORT_CODE_ALPHABET[(digest[i] ?? 0) % SHORT_CODE_ALPHABET.length];
    }
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}
