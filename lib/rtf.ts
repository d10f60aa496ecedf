/** Escapes text for RTF: non-ASCII UTF-16 code units as \uN? (signed 16-bit, so surrogate pairs just work). */
function escapeRtf(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const code = text.charCodeAt(i);
    if (ch === "\\" || ch === "{" || ch === "}") out += `\\${ch}`;
    else if (code < 128) out += ch;
    else out += `\\u${code > 32767 ? code - 65536 : code}?`;
  }
  return out;
}

/** A minimal RTF document (opens in Word and LibreOffice). */
export function rtfDocument(title: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `\\pard\\sa200 ${escapeRtf(p)}\\par`).join("\n");
  return `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs28\n\\pard\\qc\\b ${escapeRtf(title)}\\b0\\par\n${body}\n}`;
}
