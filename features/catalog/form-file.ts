/**
 * How a form's file is named to citizens: its type and size ("RTF, 12 KB"), and whether a PDF should sit
 * beside it — most cheap Android phones open a PDF but not a word processor's file.
 */

/** Word processors' formats: a PDF of the same form is offered beside them. */
const EDITABLE_TYPES = new Set(["RTF", "DOC", "DOCX", "ODT"]);

/** The type a citizen recognises, from the file name's extension: "RTF", "PDF", "DOCX"… */
export function fileType(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const ext = dot >= 0 ? fileName.slice(dot + 1) : "";
  return /^[a-z0-9]{1,5}$/i.test(ext) ? ext.toUpperCase() : "";
}

export function wantsPdfBeside(fileName: string): boolean {
  return EDITABLE_TYPES.has(fileType(fileName));
}

export function isPdfFile(fileName: string): boolean {
  return fileType(fileName) === "PDF";
}

/** A size as people read it, in the reader's language's digits: "12 KB", "1,4 MB" (vi) / "1.4 MB" (en). */
export function formatFileSize(bytes: number, locale: string): string {
  if (bytes < 1024 * 1024) {
    const kb = Math.max(1, Math.ceil(bytes / 1024));
    return `${new Intl.NumberFormat(locale).format(kb)} KB`;
  }
  const mb = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
  return `${mb} MB`;
}

/** "RTF, 12 KB": what a download link says after the form's name. */
export function describeFile(fileName: string, bytes: number, locale: string): string {
  const type = fileType(fileName);
  const size = formatFileSize(bytes, locale);
  return type ? `${type}, ${size}` : size;
}
