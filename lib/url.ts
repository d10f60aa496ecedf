/** decodeURIComponent that returns null instead of throwing on malformed input. */
export function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
