/**
 * The cells of a dossier export as one-stop software and staff write them: dates the Vietnamese way
 * (25/11/2026, 25/11/2026 08:30, an Excel date cell, ISO 8601) in Vietnam's time, the channel and status in
 * Vietnamese words or the API's codes, Có/Không. Pure: no I/O.
 */
import type { DossierStatus } from "@/lib/constants";
import { normalizeForSearch } from "@/lib/search-text";

/** Letters and digits only, no diacritics: "Đã trả kết quả" → "datraketqua". */
export function foldWords(raw: string): string {
  return normalizeForSearch(raw.normalize("NFC")).replace(/[^a-z0-9]/g, "");
}

/** Vietnam keeps UTC+7 all year (no summer time). */
const VIETNAM_OFFSET = "+07:00";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

interface Clock {
  h: number;
  min: number;
  s: number;
}

function clockOf(raw: string | undefined): Clock | null | undefined {
  if (raw === undefined || raw === "") return undefined;
  const m = /^(\d{1,2})(?:[:hg](\d{2})?)(?::(\d{2}))?(?:\.\d+)?$/.exec(raw);
  if (!m) return null;
  const clock = { h: Number(m[1]), min: Number(m[2] ?? 0), s: Number(m[3] ?? 0) };
  return clock.h > 23 || clock.min > 59 || clock.s > 59 ? null : clock;
}

/**
 * A date or date and time as written in a cell, as an ISO 8601 instant in Vietnam's time; a day alone is
 * the day's start, or its end (`endOfDay`, for appointments: "hẹn trả 26/11/2026" is met all that day).
 * An ISO time with its own offset keeps it. Null when the text is no date.
 */
export function readInstant(raw: string, endOfDay: boolean): string | null {
  const text = raw
    .normalize("NFC")
    .trim()
    .replace(/\s*ngày\s*/giu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const iso =
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) {
    const [, y, m, d, time, offset] = iso;
    return instantOf(Number(y), Number(m), Number(d), time, offset, endOfDay);
  }
  // dd/mm/yyyy, d-m-yyyy or dd.mm.yyyy, with the time before or after it ("08:30 25/11/2026").
  const vn =
    /^(?:(\d{1,2}[:hg]\d{0,2}(?::\d{2})?) )?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: (\d{1,2}[:hg]\d{0,2}(?::\d{2})?))?$/i.exec(
      text,
    );
  if (vn) {
    const [, before, d, m, y, after] = vn;
    if (before && after) return null;
    return instantOf(Number(y), Number(m), Number(d), before ?? after, undefined, endOfDay);
  }
  return null;
}

function instantOf(
  y: number,
  m: number,
  d: number,
  time: string | undefined,
  offset: string | undefined,
  endOfDay: boolean,
): string | null {
  if (!validDay(y, m, d)) return null;
  const clock = clockOf(time?.toLowerCase());
  if (clock === null) return null;
  const { h, min, s } = clock ?? (endOfDay ? { h: 23, min: 59, s: 59 } : { h: 0, min: 0, s: 0 });
  const zone =
    offset === undefined
      ? VIETNAM_OFFSET
      : offset === "Z"
        ? "Z"
        : offset.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}:${pad(s)}${zone}`;
}

/**
 * An Excel date cell as the wall-clock time it shows (Excel has no time zone: the reader hands it over as
 * that time in UTC), written for `readInstant`: the day alone at midnight, else day and time.
 */
export function excelDateText(d: Date): string {
  const day = d.toISOString().slice(0, 10);
  const time = d.toISOString().slice(11, 19);
  return time === "00:00:00" ? day : `${day} ${time}`;
}

const channelWords: Record<string, "in_person" | "online" | "postal"> = {
  inperson: "in_person",
  tructiep: "in_person",
  noptructiep: "in_person",
  taibophanmotcua: "in_person",
  online: "online",
  tructuyen: "online",
  noptructuyen: "online",
  dichvucongtructuyen: "online",
  tructuyentoantrinh: "online",
  tructuyenmotphan: "online",
  postal: "postal",
  buuchinh: "postal",
  quabuuchinh: "postal",
  buuchinhcongich: "postal",
  bcci: "postal",
};

/** The channel's code, from "Trực tiếp", "trực tuyến", "Bưu chính công ích", "online"…; null when unknown. */
export function readChannel(raw: string): "in_person" | "online" | "postal" | null {
  const folded = foldWords(raw);
  return Object.hasOwn(channelWords, folded) ? (channelWords[folded] ?? null) : null;
}

const statusWords: Record<string, DossierStatus> = {
  received: "received",
  datiepnhan: "received",
  moitiepnhan: "received",
  tiepnhan: "received",
  processing: "processing",
  dangxuly: "processing",
  danggiaiquyet: "processing",
  returned: "returned",
  datraketqua: "returned",
  datra: "returned",
  traketqua: "returned",
  dagiaiquyet: "returned",
  hoanthanh: "returned",
  withdrawn: "withdrawn",
  darut: "withdrawn",
  ruthoso: "withdrawn",
  rejected: "rejected",
  tuchoi: "rejected",
  khonggiaiquyet: "rejected",
};

/** The status's code, from "Đã trả kết quả", "Đang xử lý", "returned"…; null when unknown. */
export function readStatus(raw: string): DossierStatus | null {
  const folded = foldWords(raw);
  return Object.hasOwn(statusWords, folded) ? (statusWords[folded] ?? null) : null;
}

const yes = new Set(["co", "x", "yes", "true", "1", "cophananh"]);
const no = new Set(["khong", "no", "false", "0", "khongphananh"]);

/** Có / Không (also x, yes/no, true/false, 1/0); null when neither. */
export function readFlag(raw: string): boolean | null {
  const folded = foldWords(raw);
  if (yes.has(folded)) return true;
  return no.has(folded) ? false : null;
}
