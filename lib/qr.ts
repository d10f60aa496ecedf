import QRCode from "qrcode";

/** Blank border around every printed or rendered code, in modules (the QR standard's minimum). */
export const QR_MARGIN_MODULES = 4;

/** Q (25 % recovery) by default: posters get scuffed and stamped; H for codes that carry a logo or sit outdoors. */
export type QrErrorLevel = "Q" | "H";

export const QR_PNG_MIN = 64;
export const QR_PNG_MAX = 4096;

/** Physical size rules (symbol side, quiet zone not included): desk codes ≥ 30 mm, wall codes ≥ 80 mm. */
export const MIN_QR_MM = { desk: 30, wall: 80 } as const;

const DEFAULT_LEVEL: QrErrorLevel = "Q";
const CODE_PATTERN = /^[0-9A-Za-z]{1,32}$/;

interface BaseParts {
  /** "HTTPS:", "HTTP:" */
  scheme: string;
  /** Lower-case host with a non-default port, e.g. "hailong.example.vn" or "localhost:3000". */
  host: string;
  /** Base path without a trailing slash ("" for a site at the root), kept as configured. */
  path: string;
}

function baseParts(publicBaseUrl: string): BaseParts {
  let url: URL;
  try {
    url = new URL(publicBaseUrl);
  } catch {
    throw new RangeError(`Invalid public base URL: ${publicBaseUrl}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new RangeError(`The public base URL must be http(s): ${publicBaseUrl}`);
  }
  return { scheme: url.protocol.toUpperCase(), host: url.host, path: url.pathname.replace(/\/+$/, "") };
}

function canonicalCode(code: string): string {
  const trimmed = code.trim();
  if (!CODE_PATTERN.test(trimmed)) throw new RangeError(`Invalid short code: ${code}`);
  return trimmed.toUpperCase();
}

/**
 * The text encoded in a printed QR: the upper-cased short URL so QR alphanumeric mode applies
 * (e.g. "HTTPS://HAILONG.EXAMPLE.VN/Q/AB23CD") — the app routes /Q/<code> like /q/<code>.
 * Scheme and host are case-insensitive and are upper-cased; a base path (a site not at the root) is kept
 * as configured because paths are case-sensitive (that part is then encoded in byte mode).
 */
export function qrPayload(publicBaseUrl: string, code: string): string {
  const base = baseParts(publicBaseUrl);
  return `${base.scheme}//${base.host.toUpperCase()}${base.path}/Q/${canonicalCode(code)}`;
}

/** Human-typeable short URL printed under a code, lower-case host and path, without scheme: "hailong.example.vn/q/AB23CD". */
export function shortUrlText(publicBaseUrl: string, code: string): string {
  const base = baseParts(publicBaseUrl);
  return `${base.host}${base.path}/q/${canonicalCode(code)}`;
}

export interface QrMatrix {
  /** Modules per side, quiet zone not included (21 for version 1, +4 per version). */
  size: number;
  version: number;
  isDark(row: number, col: number): boolean;
}

/**
 * The module matrix of `text`. `minVersion` forces at least that symbol version (bigger data capacity, smaller
 * modules) so that layouts can bound the quiet zone: 4 modules of a version-v symbol are 4 / (17 + 4v) of its side.
 */
export function qrMatrix(text: string, level: QrErrorLevel = DEFAULT_LEVEL, minVersion = 1): QrMatrix {
  if (text === "") throw new RangeError("Cannot encode an empty text as a QR code");
  let qr = QRCode.create(text, { errorCorrectionLevel: level });
  if (qr.version < minVersion) qr = QRCode.create(text, { errorCorrectionLevel: level, version: minVersion });
  const { size, data } = qr.modules;
  return {
    size,
    version: qr.version,
    isDark(row: number, col: number): boolean {
      if (row < 0 || col < 0 || row >= size || col >= size) return false;
      return data[row * size + col] === 1;
    },
  };
}

/** Horizontal runs of dark modules per row: [row, startCol, length]. Shared by the SVG and PDF renderers. */
export function darkRuns(matrix: QrMatrix): Array<[number, number, number]> {
  const runs: Array<[number, number, number]> = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.isDark(row, col)) col++;
      runs.push([row, start, col - start]);
    }
  }
  return runs;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * A standalone SVG: viewBox in modules including the 4-module quiet zone, black on white, crisp edges,
 * a <title> for assistive technology, no fixed width/height (the caller sizes it), one <path> for the dark modules.
 */
export function qrSvg(text: string, opts: { level?: QrErrorLevel; title?: string } = {}): string {
  const matrix = qrMatrix(text, opts.level ?? DEFAULT_LEVEL);
  const side = matrix.size + 2 * QR_MARGIN_MODULES;
  let d = "";
  for (const [row, col, length] of darkRuns(matrix)) {
    d += `M${col + QR_MARGIN_MODULES} ${row + QR_MARGIN_MODULES}h${length}v1h-${length}z`;
  }
  const title = escapeXml(opts.title ?? text);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" shape-rendering="crispEdges">` +
    `<title>${title}</title>` +
    `<rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path fill="#000" d="${d}"/>` +
    "</svg>"
  );
}

/** A PNG `sizePx` wide (QR_PNG_MIN–QR_PNG_MAX), 4-module quiet zone, black on white. */
export async function qrPng(
  text: string,
  sizePx: number,
  level: QrErrorLevel = DEFAULT_LEVEL,
): Promise<Buffer> {
  if (!Number.isInteger(sizePx) || sizePx < QR_PNG_MIN || sizePx > QR_PNG_MAX) {
    throw new RangeError(`PNG size must be an integer from ${QR_PNG_MIN} to ${QR_PNG_MAX} px`);
  }
  if (text === "") throw new RangeError("Cannot encode an empty text as a QR code");
  return QRCode.toBuffer(text, {
    type: "png",
    errorCorrectionLevel: level,
    width: sizePx,
    margin: QR_MARGIN_MODULES,
    color: { dark: "#000000ff", light: "#ffffffff" },
  });
}
