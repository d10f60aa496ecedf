/**
 * The administrative header of a report sent upward (Nghị định 30/2020/NĐ-CP): the issuing unit under its
 * parent, in capitals; the report's number ("Số: ……/BC-<abbreviation>", left blank for the clerk when
 * there is no numbering); the place and date ("An Hòa, ngày 06 tháng 12 năm 2026"). Pure.
 */
import type { Lang } from "@/i18n/locales";
import { nameIn } from "@/i18n/locales";
import type { UnitKind } from "@/lib/constants";

export interface HeaderUnit {
  name: string;
  nameEn?: string | null;
  kind: UnitKind;
}

/** Kinds whose name is a place: a province, a commune (and the former districts). */
const PLACE_KINDS: ReadonlySet<UnitKind> = new Set(["province", "commune", "district"]);

/** Words naming a place's level, before its name in Vietnamese and after it in English. */
const LEVEL_WORDS: Record<Lang, readonly string[]> = {
  vi: ["thành phố", "tỉnh", "phường", "xã", "đặc khu", "huyện", "quận", "thị xã"],
  en: ["province", "city", "ward", "commune", "special zone", "district", "town"],
};

/** A place's name without its level word: "Tỉnh An Hòa" → "An Hòa", "An Hoa Province" → "An Hoa". */
function bareName(name: string, lang: Lang): string {
  const words = [...LEVEL_WORDS[lang]].sort((a, b) => b.length - a.length);
  for (const word of words) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = lang === "vi" ? new RegExp(`^${escaped}\\s+`, "iu") : new RegExp(`\\s+${escaped}$`, "iu");
    const stripped = name.replace(pattern, "").trim();
    if (stripped !== name && stripped !== "") return stripped;
  }
  return name;
}

/**
 * Where the report is issued: the nearest place (the unit itself, else its parent, …) by name, as the
 * header's "<place>, ngày …" writes it. `chain` is the unit followed by its ancestors, nearest first.
 */
export function reportPlace(chain: readonly HeaderUnit[], lang: Lang): string {
  const place = chain.find((u) => PLACE_KINDS.has(u.kind)) ?? chain.at(-1);
  return place ? bareName(nameIn(lang, place), lang) : "";
}

/** Small words left out of an abbreviation ("Sở Giáo dục và Đào tạo" → SGDĐT). */
const LINK_WORDS = new Set(["và", "của"]);

/**
 * The issuing unit's abbreviation after "BC-": UBND for a province's or a commune's People's Committee,
 * else the initials of the unit's name before its place ("Trung tâm Phục vụ hành chính công phường An Hòa"
 * → TTPVHCC, "Sở Tư pháp tỉnh An Hòa" → STP).
 */
export function unitAbbreviation(unit: Pick<HeaderUnit, "name" | "kind">): string {
  if (PLACE_KINDS.has(unit.kind)) return "UBND";
  const words = unit.name.split(/\s+/).filter(Boolean);
  const levelAt = words.findIndex(
    (_word, i) =>
      i > 0 &&
      LEVEL_WORDS.vi.some((level) => {
        const parts = level.split(" ");
        return parts.every((p, j) => (words[i + j] ?? "").toLocaleLowerCase("vi") === p);
      }),
  );
  const own = levelAt > 0 ? words.slice(0, levelAt) : words;
  const initials = own
    .filter((w) => !LINK_WORDS.has(w.toLocaleLowerCase("vi")))
    .map((w) => w.match(/\p{L}|\p{N}/u)?.[0] ?? "")
    .join("");
  return initials.toLocaleUpperCase("vi") || "UBND";
}

/** A name as the header writes it: in capitals ("PHƯỜNG AN HÒA"). */
export function headerName(unit: HeaderUnit, lang: Lang): string {
  return nameIn(lang, unit).toLocaleUpperCase(lang);
}

/** The date's parts as the catalogue's date line takes them (the message pads as each language writes it). */
export function dateLineParts(day: string): { day: string; month: string; year: string } {
  const [year = "", month = "", date = ""] = day.split("-");
  return { day: String(Number(date)), month: String(Number(month)), year };
}
