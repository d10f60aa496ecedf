/**
 * The national-scale data set, planned in memory and deterministically (same options → same rows):
 * a tree of "Cả nước" → provinces → departments and communes, and responses day by day, interleaved
 * across units in submission order as they would arrive. Pure: `db/seed/scale.ts` writes it.
 */

import { QUICK_ITEM_KEY, serviceElements } from "@/features/survey/instruments";
import type { UnitKind, UnitLevel } from "@/lib/constants";
import { prng } from "@/lib/prng";
import { addDays } from "@/lib/time";

export interface ScaleOptions {
  responses: number;
  units: number;
  months: number;
  seed: number;
  /** Dossiers over the whole period, kept as daily counts (0 or absent: none). */
  dossiers?: number;
}

export interface PlannedUnit {
  id: number;
  parentId: number | null;
  slug: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  /** Relative share of the responses (0 = none: the root and the provinces themselves). */
  weight: number;
  /** Share of satisfied quick answers at the start of the period. */
  satisfaction: number;
  counters: number;
}

/** The 34 provinces and cities since 1 July 2025. */
const PROVINCES = [
  "Thành phố Hà Nội",
  "Thành phố Huế",
  "Tỉnh Lai Châu",
  "Tỉnh Điện Biên",
  "Tỉnh Sơn La",
  "Tỉnh Lạng Sơn",
  "Tỉnh Quảng Ninh",
  "Tỉnh Thanh Hóa",
  "Tỉnh Nghệ An",
  "Tỉnh Hà Tĩnh",
  "Tỉnh Cao Bằng",
  "Tỉnh Tuyên Quang",
  "Tỉnh Lào Cai",
  "Tỉnh Thái Nguyên",
  "Tỉnh Phú Thọ",
  "Tỉnh Bắc Ninh",
  "Tỉnh Hưng Yên",
  "Thành phố Hải Phòng",
  "Tỉnh Ninh Bình",
  "Tỉnh Quảng Trị",
  "Thành phố Đà Nẵng",
  "Tỉnh Quảng Ngãi",
  "Tỉnh Gia Lai",
  "Tỉnh Khánh Hòa",
  "Tỉnh Lâm Đồng",
  "Tỉnh Đắk Lắk",
  "Thành phố Hồ Chí Minh",
  "Tỉnh Đồng Nai",
  "Tỉnh Tây Ninh",
  "Thành phố Cần Thơ",
  "Tỉnh Vĩnh Long",
  "Tỉnh Đồng Tháp",
  "Tỉnh Cà Mau",
  "Tỉnh An Giang",
];

const DEPARTMENTS = [
  "Sở Nội vụ",
  "Sở Tư pháp",
  "Sở Tài chính",
  "Sở Xây dựng",
  "Sở Y tế",
  "Sở Công Thương",
  "Sở Nông nghiệp và Môi trường",
  "Sở Giáo dục và Đào tạo",
  "Sở Khoa học và Công nghệ",
  "Sở Văn hóa, Thể thao và Du lịch",
  "Sở Ngoại vụ",
  "Sở Dân tộc và Tôn giáo",
  "Thanh tra tỉnh",
  "Văn phòng UBND tỉnh",
  "Ban Quản lý các khu công nghiệp",
  "Công an tỉnh",
  "Bảo hiểm xã hội tỉnh",
  "Thuế tỉnh",
  "Văn phòng đăng ký đất đai",
  "Kho bạc Nhà nước khu vực",
];

/** Units per province (departments + communes) in the national shape: ~20 departments, ~100 communes. */
const PER_PROVINCE = 120;

/**
 * A tree of about `total` units: the root, then up to 34 provinces sharing the rest, one in six a
 * department and the others communes (xã, phường, a few đặc khu).
 */
export function planUnits(total: number, seed: number): PlannedUnit[] {
  if (!Number.isInteger(total) || total < 3) throw new RangeError("at least 3 units");
  const random = prng(seed ^ 0x5eed);
  const provinces = Math.min(34, Math.max(1, Math.round((total - 1) / (PER_PROVINCE + 1))));
  const below = total - 1 - provinces;
  const units: PlannedUnit[] = [
    {
      id: 1,
      parentId: null,
      slug: "ca-nuoc",
      name: "Cả nước",
      kind: "ministry_unit",
      level: "central",
      weight: 0,
      satisfaction: 0.85,
      counters: 0,
    },
  ];
  let id = 1;
  for (let p = 0; p < provinces; p++) {
    const provinceId = ++id;
    const provinceName = PROVINCES[p] ?? `Tỉnh ${p + 1}`;
    const shortName = provinceName.replace(/^(Tỉnh|Thành phố) /, "");
    units.push({
      id: provinceId,
      parentId: 1,
      slug: `p${p + 1}`,
      name: provinceName,
      kind: "province",
      level: "province",
      weight: 0,
      satisfaction: 0.85,
      counters: 0,
    });
    const share = Math.floor(below / provinces) + (p < below % provinces ? 1 : 0);
    const departments = Math.max(share > 1 ? 1 : 0, Math.round(share / 6));
    // Provinces differ a little; units within a province vary around it.
    const provinceLevel = 0.78 + 0.14 * random();
    for (let k = 0; k < share; k++) {
      const isDepartment = k < departments;
      const satisfaction = Math.min(0.98, Math.max(0.55, provinceLevel + 0.16 * (random() - 0.5)));
      const communeKind = k % 23 === 0 ? "Phường" : k % 97 === 0 ? "Đặc khu" : "Xã";
      const number = k - departments + 1;
      units.push({
        id: ++id,
        parentId: provinceId,
        slug: `p${p + 1}-${isDepartment ? "s" : "x"}${isDepartment ? k + 1 : number}`,
        name: isDepartment
          ? `${DEPARTMENTS[k % DEPARTMENTS.length]}${k >= DEPARTMENTS.length ? ` ${Math.floor(k / DEPARTMENTS.length) + 1}` : ""} — ${shortName}`
          : `${communeKind} số ${number} — ${shortName}`,
        kind: isDepartment ? "department" : "commune",
        level: isDepartment ? "province" : "commune",
        // Communes take most dossiers; a few busy ones take far more.
        weight: isDepartment ? 0.6 + random() : (0.5 + random()) * (random() < 0.1 ? 3 : 1),
        satisfaction,
        counters: isDepartment ? 2 : 3,
      });
    }
  }
  return units;
}

/** The local days of the last `months` months ending `today`, oldest first. */
export function planDays(today: string, months: number): string[] {
  const [y = 2026, m = 1, d = 1] = today.split("-").map(Number);
  const start = new Date(Date.UTC(y, m - 1 - months, d));
  const first = addDays(start.toISOString().slice(0, 10), 1);
  const days: string[] = [];
  for (let day = first; day <= today; day = addDays(day, 1)) days.push(day);
  return days;
}

export interface PlannedResponse {
  id: number;
  unitId: number;
  /** Index of the unit's counter (0-based), or null. */
  counter: number | null;
  /** Index into the sample procedures, or null. */
  procedure: number | null;
  instrument: "quick" | "service";
  channel: "poster" | "kiosk" | "web";
  submittedAt: number;
  localDay: string;
  reasons: string[] | null;
  comment: string | null;
  flagReason: string | null;
  answers: Array<[itemKey: string, value: number]>;
}

const SAMPLE_COMMENTS = [
  "Cán bộ hướng dẫn tận tình, cảm ơn.",
  "Phải chờ lâu, nên bố trí thêm quầy vào buổi sáng.",
  "Thủ tục nhiều giấy tờ, khó hiểu với người lớn tuổi.",
  "Chỗ ngồi chờ chật, thiếu quạt.",
  "Hẹn trả kết quả nhưng phải đến lại hai lần.",
  "Máy tra cứu không hoạt động.",
];

const SERVICE_ITEMS = serviceElements.flatMap((e) => e.items.map((i) => i.key));
const ELEMENT_KEYS = serviceElements.map((e) => e.key);
/** Working days carry the load; Saturday mornings a little; Sundays almost nothing. */
const WEEKDAY_LOAD = [0.03, 1, 1, 1, 1, 1, 0.35];
const OPEN_SECONDS = 7.5 * 3600;
const CLOSE_SECONDS = 17 * 3600;

/** How many responses fall on each day: weekday load, growing ~50 % over the period; sums to `total`. */
export function planDailyCounts(days: readonly string[], total: number): number[] {
  const weights = days.map((day, i) => {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    return (WEEKDAY_LOAD[weekday] ?? 1) * (1 + (0.5 * i) / Math.max(1, days.length - 1));
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts: number[] = [];
  let assigned = 0;
  let cumulative = 0;
  for (const w of weights) {
    cumulative += w;
    const upTo = Math.round((total * cumulative) / sum);
    counts.push(upTo - assigned);
    assigned = upTo;
  }
  return counts;
}

function pickWeighted(cumulative: Float64Array, r: number): number {
  const target = r * (cumulative[cumulative.length - 1] ?? 0);
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Responses of one day after another, ids from `firstId`, in submission order. ~10 % full service
 * questionnaires (each item skipped 8 % of the time), the rest quick answers; ~0.5 % flagged.
 */
export function* planResponses(
  units: readonly PlannedUnit[],
  days: readonly string[],
  total: number,
  seed: number,
  procedures: number,
): Generator<PlannedResponse[]> {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const active = units.filter((u) => u.weight > 0);
  const cumulative = new Float64Array(active.length);
  active.reduce((sum, u, i) => {
    cumulative[i] = sum + u.weight;
    return sum + u.weight;
  }, 0);
  const perDay = planDailyCounts(days, total);
  let id = 0;
  for (const [d, day] of days.entries()) {
    const n = perDay[d] ?? 0;
    const midnight = Date.parse(`${day}T00:00:00+07:00`);
    const seconds = new Float64Array(n);
    for (let k = 0; k < n; k++) seconds[k] = OPEN_SECONDS + random() * (CLOSE_SECONDS - OPEN_SECONDS);
    seconds.sort();
    const drift = 0.04 * (d / Math.max(1, days.length - 1)) - 0.02;
    const batch: PlannedResponse[] = [];
    for (let k = 0; k < n; k++) {
      const unit = active[pickWeighted(cumulative, random())] as PlannedUnit;
      const p = Math.min(0.99, unit.satisfaction + drift);
      const submittedAt = midnight + Math.floor((seconds[k] ?? 0) * 1000);
      const service = random() < 0.1;
      const answers: Array<[string, number]> = [];
      let reasons: string[] | null = null;
      let comment: string | null = null;
      if (service) {
        for (const item of SERVICE_ITEMS) {
          if (random() < 0.08) continue;
          const r = random();
          answers.push([
            item,
            r < p * 0.55 ? 5 : r < p ? 4 : r < p + (1 - p) * 0.5 ? 3 : r < p + (1 - p) * 0.85 ? 2 : 1,
          ]);
        }
        if (random() < 0.05) comment = pick(SAMPLE_COMMENTS);
      } else {
        const r = random();
        const value = r < p * 0.6 ? 3 : r < p ? 2 : 1;
        answers.push([QUICK_ITEM_KEY, value]);
        if (value === 1) {
          reasons = [...new Set([pick(ELEMENT_KEYS), pick(ELEMENT_KEYS)])].sort();
          if (random() < 0.5) comment = pick(SAMPLE_COMMENTS);
        }
      }
      const channelRoll = random();
      const flagRoll = random();
      batch.push({
        id: ++id,
        unitId: unit.id,
        counter: unit.counters > 0 && random() < 0.8 ? Math.floor(random() * unit.counters) : null,
        procedure: random() < 0.6 ? Math.floor(random() * procedures) : null,
        instrument: service ? "service" : "quick",
        channel: channelRoll < 0.7 ? "poster" : channelRoll < 0.88 ? "kiosk" : "web",
        submittedAt,
        // Opening hours never cross midnight: the local day is the planned day.
        localDay: day,
        reasons,
        comment,
        flagReason: flagRoll < 0.004 ? "velocity" : flagRoll < 0.005 ? "honeypot" : null,
        answers,
      });
    }
    yield batch;
  }
}

/**
 * One unit's dossier counts of one local day, as `dossier_daily_counts` keeps them: received, returned,
 * early, on time, late, with an apology letter, complained about, rated "Không hài lòng", bad (QĐ 766).
 */
export type PlannedDossierDay = [
  unitId: number,
  day: string,
  received: number,
  returned: number,
  early: number,
  onTime: number,
  late: number,
  withApology: number,
  complained: number,
  ratedUnsatisfied: number,
  bad: number,
];

/** Share of a unit's returned dossiers that come back late: about 1 % nationally, worse where service is worse. */
export function lateRateOf(unit: Pick<PlannedUnit, "satisfaction">): number {
  return Math.min(0.03, Math.max(0.001, 0.001 + (0.95 - unit.satisfaction) * 0.06));
}

/**
 * The dossiers of the period as daily counts per unit, day after day: `total` dossiers shared by the
 * units' weights and the days' load (as the responses), ~98.5 % of a day's intake returned (the rest stays
 * open), of those returned 75 % early, the others on time but `lateRateOf` late, 85 % of the late ones with
 * a letter, 0.1 % complained about, 0.2 % rated "Không hài lòng". Counts are whole numbers with the exact
 * expectation (stochastic rounding). At national scale: tens of millions of dossiers in ~1.2 M rows.
 */
export function* planDossierDays(
  units: readonly PlannedUnit[],
  days: readonly string[],
  total: number,
  seed: number,
): Generator<PlannedDossierDay[]> {
  const random = prng(seed ^ 0xd055);
  const round = (x: number) => Math.floor(x + random());
  const active = units.filter((u) => u.weight > 0);
  const weights = active.reduce((sum, u) => sum + u.weight, 0);
  const late = active.map(lateRateOf);
  const perDay = planDailyCounts(days, total);
  for (const [d, day] of days.entries()) {
    const dayTotal = perDay[d] ?? 0;
    const rows: PlannedDossierDay[] = [];
    for (const [i, unit] of active.entries()) {
      const expected = (dayTotal * unit.weight) / weights;
      const received = round(expected);
      const returned = round(expected * 0.985);
      if (received === 0 && returned === 0) continue;
      const lateN = Math.min(returned, round(returned * (late[i] ?? 0.01)));
      const early = Math.min(returned - lateN, round((returned - lateN) * 0.75));
      const withApology = Math.min(lateN, round(lateN * 0.85));
      const complained = Math.min(returned, round(returned * 0.001));
      const ratedUnsatisfied = Math.min(returned, round(returned * 0.002));
      const bad = Math.min(returned, lateN + complained + ratedUnsatisfied);
      rows.push([
        unit.id,
        day,
        received,
        returned,
        early,
        returned - lateN - early,
        lateN,
        withApology,
        complained,
        ratedUnsatisfied,
        bad,
      ]);
    }
    yield rows;
  }
}

/** An open dossier kept as a raw row (the overdue counts read raw open dossiers). */
export interface PlannedOpenDossier {
  unitId: number;
  code: string;
  status: "received" | "processing";
  receivedAt: number;
  receivedDay: string;
  dueAt: number;
}

/**
 * `perUnit` open dossiers of every active unit, received over the last two weeks before `today`, due 3 to
 * 15 days after: some already overdue, most not yet.
 */
export function planOpenDossiers(
  units: readonly PlannedUnit[],
  today: string,
  perUnit: number,
  seed: number,
): PlannedOpenDossier[] {
  const random = prng(seed ^ 0x0be9);
  const open: PlannedOpenDossier[] = [];
  for (const unit of units) {
    if (unit.weight <= 0) continue;
    for (let k = 0; k < perUnit; k++) {
      const receivedDay = addDays(today, -Math.floor(random() * 14));
      const receivedAt =
        Date.parse(`${receivedDay}T00:00:00+07:00`) +
        Math.floor((OPEN_SECONDS + random() * (CLOSE_SECONDS - OPEN_SECONDS)) * 1000);
      const dueDay = addDays(receivedDay, 3 + Math.floor(random() * 13));
      open.push({
        unitId: unit.id,
        code: `${unit.slug.toUpperCase()}-MO-${String(k + 1).padStart(3, "0")}`,
        status: receivedDay === today ? "received" : "processing",
        receivedAt,
        receivedDay,
        dueAt: Date.parse(`${dueDay}T17:00:00+07:00`),
      });
    }
  }
  return open;
}
