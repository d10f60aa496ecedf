import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L: codes are read off paper and typed by hand. */
export const SHORT_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const SHORT_CODE_LENGTH = 6;

const pattern = new RegExp(`^[${SHORT_CODE_ALPHABET}]{4,12}$`);

/** Codes are case-insensitive; the canonical form is upper-case. Returns null for anything that cannot be a code. */
export function normalizeShortCode(input: string): string | null {
  const code = input.trim().toUpperCase();
  return pattern.test(code) ? code : null;
}

export function randomShortCode(random: (max: number) => number = randomInt): string {
  let code = "";
  for (let i = 0; i < SHORT_CODE_LENGTH; i++) {
    code += SHORT_CODE_ALPHABET[random(SHORT_CODE_ALPHABET.length)];
  }
  return code;
}
