/**
 * The demo province's dossiers over the past year, planned in memory and deterministically (same inputs →
 * same rows): volumes per receiving unit in proportion to its `volume`, due dates from each procedure's
 * time limit in working days, about 99 % returned on time with a few units worse, a few late dossiers with
 * apology letters (phiếu xin lỗi và hẹn lại ngày trả kết quả), a few withdrawn, rejected or complained
 * about, the channel mix (in person most, online growing), officer codes, and the open dossiers of the
 * last days. Some returned dossiers are answered through their receipts: `linkReceipts` turns planned
 * quick answers of the same unit and day into those answers. Pure: features/demo/server/dossiers.ts writes it.
 */

import type { TimeLimitRule } from "@/features/catalog/time-limit";
import { timelinessOf } from "@/features/dossiers/lifecycle";
import { addWorkingDays, type WorkingCalendar } from "@/features/feedback/working-days";
import type { DossierChannel, DossierStatus } from "@/lib/constants";
import { prng } from "@/lib/prng";
import { addDays, localDay } from "@/lib/time";

/** Dossiers of the whole demo province in a year (the units share it by volume). */
export const DEMO_DOSSIERS_PER_YEAR = 24_000;
/** Working days a procedure without a readable time limit is given. */
const DEFAULT_WORKING_DAYS = 5;
/** The appointment on the receipt: 17:00 of the due day (local time). */
const APPOINTMENT_HOUR = "17:00:00";

export interface DemoDossierUnit {
  id: number;
  slug: string;
  volume: number;
  /** Share of returned dossiers that come back late (the province's usual ~0.6 %; a few units worse). */
  lateRate: number;
  /** The procedures it receives, with their time limits (the unit's own when it shortened one). */
  procedures: ReadonlyArray<{ id: number; limit: TimeLimitRule | null }>;
  /** Staff codes of its officers (at least one). */
  officers: readonly string[];
  /** Prefix of its dossier codes, e.g. "H99.PAH". */
  codePrefix: string;
}

export interface PlannedApology {
  unitId: number;
  year: number;
  number: number;
  previousDueAt: Date;
  newDueAt: Date;
  reason: string;
  issuedAt: Date;
}

export interface PlannedDossier {
  id: number;
  unitId: number;
  procedureId: number;
  code: string;
  channel: DossierChannel;
  status: DossierStatus;
  receivedAt: Date;
  dueAt: Date;
  newDueAt: Date | null;
  returnedAt: Date | null;
  receivedBy: string;
  returnedBy: string | null;
  complained: boolean;
  ratedUnsatisfied: boolean;
  apology: PlannedApology | null;
  /** The receipt's survey token (only its hash is stored). */
  token: string;
}

/** Reasons staff give for a new appointment, as the letters word them. */
export const APOLOGY_REASONS = [
  "Hồ sơ cần xác minh thêm nguồn gốc đất với cơ quan có liên quan.",
  "Cơ quan phối hợp chưa gửi kết quả thẩm định đúng hẹn.",
  "Người có thẩm quyền ký kết quả đi công tác đột xuất.",
  "Phần mềm một cửa gặp sự cố, chưa ký số được kết quả.",
  "Cần lấy ý kiến của cơ quan chuyên môn cấp tỉnh trước khi giải quyết.",
  "Hồ sơ phải niêm yết công khai thêm theo quy định.",
] as const;

/** The instant of a local day and clock time ("08:05:00"). */
function at(day: string, clock: string): Date {
  return new Date(`${day}T${clock}+07:00`);
}

function clock(minutes: number): string {
  const m = Math.max(0, Math.min(24 * 60 - 1, Math.floor(minutes)));
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}:00`;
}

/** The due day of a dossier received on `day`: the time limit counted in working or calendar days. */
export function dueDayOf(day: string, limit: TimeLimitRule | null, calendar: WorkingCalendar): string {
  const rule = limit ?? { days: DEFAULT_WORKING_DAYS, working: true };
  if (rule.days === 0) return day;
  if (rule.working) return addWorkingDays(day, rule.days, calendar);
  let due = addDays(day, rule.days);
  // A calendar-day limit ending on a day off ends on the next working day.
  while (!calendar.isWorkingDay(due)) due = addDays(due, 1);
  return due;
}

/** A working day at random between two days (inclusive), or `from` when there is none. */
function workingDayBetween(from: string, to: string, random: () => number, cal: WorkingCalendar): string {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  if (span <= 0) return from;
  let day = addDays(from, Math.floor(random() * (span + 1)));
  while (day > from && !cal.isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** The working day on or before `day`. */
function workingDayOnOrBefore(day: string, cal: WorkingCalendar): string {
  let d = day;
  for (let guard = 0; !cal.isWorkingDay(d) && guard < 30; guard++) d = addDays(d, -1);
  return d;
}

/** A calendar that remembers its answers: the planner asks about the same few hundred days many times. */
function memoCalendar(calendar: WorkingCalendar): WorkingCalendar {
  const known = new Map<string, boolean>();
  return {
    isWorkingDay(day) {
      let working = known.get(day);
      if (working === undefined) {
        working = calendar.isWorkingDay(day);
        known.set(day, working);
      }
      return working;
    },
  };
}

export function planDemoDossiers(
  units: readonly DemoDossierUnit[],
  now: Date,
  workingCalendar: WorkingCalendar,
  {
    perYear = DEMO_DOSSIERS_PER_YEAR,
    seed = 20250715,
    overdueSlugs = ["phuong-an-hoa-tthcc", "phuong-trung-tam-tthcc"],
  }: { perYear?: number; seed?: number; overdueSlugs?: readonly string[] } = {},
): PlannedDossier[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const today = localDay(now);
  const calendar = memoCalendar(workingCalendar);
  // Day arithmetic on strings is what planning spends its time on: the same few hundred days recur.
  const memo = new Map<string, string>();
  const remember = (key: string, compute: () => string): string => {
    let day = memo.get(key);
    if (day === undefined) {
      day = compute();
      memo.set(key, day);
    }
    return day;
  };
  const dueDay = (day: string, limit: TimeLimitRule | null) =>
    remember(`due|${day}|${limit?.days}|${limit?.working}`, () => dueDayOf(day, limit, calendar));
  const workingDaysAfter = (day: string, n: number) =>
    remember(`add|${day}|${n}`, () => addWorkingDays(day, n, calendar));
  const shiftDays = (day: string, n: number) => remember(`shift|${day}|${n}`, () => addDays(day, n));
  const totalVolume = units.reduce((s, u) => s + u.volume, 0);
  const planned: PlannedDossier[] = [];
  let id = 0;
  for (const unit of units) {
    if (unit.procedures.length === 0 || unit.officers.length === 0) continue;
    const n = Math.round((perYear * unit.volume) / totalVolume);
    const received: Array<{ day: string; minutes: number }> = [];
    for (let k = 0; k < n; k++) {
      // A little more work in recent months.
      const age = Math.floor(365 * random() ** 1.15);
      received.push({
        day: workingDayOnOrBefore(shiftDays(today, -age), calendar),
        minutes: 7 * 60 + 30 + random() * 540,
      });
    }
    received.sort((a, b) => (a.day === b.day ? a.minutes - b.minutes : a.day < b.day ? -1 : 1));
    const perDay = new Map<string, number>();
    for (const r of received) {
      const receivedAt = at(r.day, clock(r.minutes));
      if (receivedAt > now) continue;
      const procedure = pick(unit.procedures);
      const due = dueDay(r.day, procedure.limit);
      const dueAt = at(due, APPOINTMENT_HOUR);
      const age = Math.round((now.getTime() - receivedAt.getTime()) / 86_400_000);
      const online = 0.16 + 0.22 * (1 - Math.min(365, age) / 365);
      const channelRoll = random();
      const channel: DossierChannel =
        channelRoll < online ? "online" : channelRoll < online + 0.03 ? "postal" : "in_person";
      const seq = (perDay.get(r.day) ?? 0) + 1;
      perDay.set(r.day, seq);
      const code = `${unit.codePrefix}-${r.day.slice(2).replaceAll("-", "")}-${String(seq).padStart(4, "0")}`;
      const receivedBy = pick(unit.officers);
      const dossier: PlannedDossier = {
        id: ++id,
        unitId: unit.id,
        procedureId: procedure.id,
        code,
        channel,
        status: "received",
        receivedAt,
        dueAt,
        newDueAt: null,
        returnedAt: null,
        receivedBy,
        returnedBy: null,
        complained: false,
        ratedUnsatisfied: false,
        apology: null,
        token: `demo-receipt-${unit.slug}-${code}`,
      };
      const outcome = random();
      if (outcome < 0.004 || outcome > 0.993) {
        // Withdrawn by the citizen, or rejected (incomplete, not in the unit's competence).
        dossier.status = outcome < 0.004 ? "withdrawn" : "rejected";
      } else {
        const late = random() < unit.lateRate;
        let returnedAt: Date;
        if (late) {
          if (random() < 0.85) {
            // The letter comes on the working day before the appointment (or that morning).
            const issuedDay = workingDayBetween(shiftDays(due, -2), due, random, calendar);
            const issuedAt = at(issuedDay, clock(8 * 60 + random() * 120));
            const newDueDay = workingDaysAfter(due, 1 + Math.floor(random() * 4));
            const newDueAt = at(newDueDay, APPOINTMENT_HOUR);
            dossier.newDueAt = newDueAt;
            dossier.apology = {
              unitId: unit.id,
              year: 0,
              number: 0,
              previousDueAt: dueAt,
              newDueAt,
              reason: pick(APOLOGY_REASONS),
              issuedAt: issuedAt < receivedAt ? new Date(receivedAt.getTime() + 3_600_000) : issuedAt,
            };
            const returnDay =
              random() < 0.9 ? newDueDay : workingDaysAfter(newDueDay, 1 + Math.floor(random() * 2));
            returnedAt = at(returnDay, clock(8 * 60 + random() * 500));
          } else {
            const returnDay = workingDaysAfter(due, 1 + Math.floor(random() * 4));
            returnedAt = at(returnDay, clock(8 * 60 + random() * 500));
          }
        } else {
          const early = due > r.day && random() < 0.78;
          const returnDay = early ? workingDayBetween(r.day, shiftDays(due, -1), random, calendar) : due;
          returnedAt = at(returnDay, clock(8 * 60 + random() * 525));
          if (returnedAt <= receivedAt) returnedAt = new Date(receivedAt.getTime() + 30 * 60_000);
          if (returnedAt > dueAt) returnedAt = dueAt;
        }
        if (dossier.apology && dossier.apology.issuedAt > now) {
          dossier.apology = null;
          dossier.newDueAt = null;
        }
        if (returnedAt <= now) {
          dossier.status = "returned";
          dossier.returnedAt = returnedAt;
          dossier.returnedBy = random() < 0.6 ? receivedBy : pick(unit.officers);
          // A few citizens complain: more often about late results.
          dossier.complained = random() < (late ? 0.08 : 0.0015);
        } else {
          dossier.status = r.day < today ? "processing" : "received";
        }
      }
      planned.push(dossier);
    }
    if (overdueSlugs.includes(unit.slug)) planned.push(overdueDossier(unit, ++id, now, calendar));
  }
  numberApologies(planned);
  return planned;
}

/**
 * An open dossier whose appointment passed yesterday or before, still without a letter: what the list of
 * late dossiers without an apology shows.
 */
function overdueDossier(
  unit: DemoDossierUnit,
  id: number,
  now: Date,
  calendar: WorkingCalendar,
): PlannedDossier {
  const procedure = unit.procedures.find((p) => p.limit?.working && p.limit.days > 0) ?? unit.procedures[0];
  const days = (procedure?.limit?.working && procedure.limit.days) || DEFAULT_WORKING_DAYS;
  let day = localDay(now);
  for (let left = days + 2, guard = 0; left > 0 && guard < 400; guard++) {
    day = addDays(day, -1);
    if (calendar.isWorkingDay(day)) left--;
  }
  const receivedAt = at(day, "09:15:00");
  const code = `${unit.codePrefix}-${day.slice(2).replaceAll("-", "")}-9001`;
  return {
    id,
    unitId: unit.id,
    procedureId: procedure?.id ?? 0,
    code,
    channel: "in_person",
    status: "processing",
    receivedAt,
    dueAt: at(dueDayOf(day, procedure?.limit ?? null, calendar), APPOINTMENT_HOUR),
    newDueAt: null,
    returnedAt: null,
    receivedBy: unit.officers[0] ?? "",
    returnedBy: null,
    complained: false,
    ratedUnsatisfied: false,
    apology: null,
    token: `demo-receipt-${unit.slug}-${code}`,
  };
}

/** Letter numbers per unit and (local) year of issue, in order of issue: 1/PXL, 2/PXL… */
function numberApologies(dossiers: readonly PlannedDossier[]): void {
  const letters = dossiers.flatMap((d) => (d.apology ? [d.apology] : []));
  letters.sort((a, b) => a.unitId - b.unitId || a.issuedAt.getTime() - b.issuedAt.getTime());
  const next = new Map<string, number>();
  for (const letter of letters) {
    letter.year = Number(localDay(letter.issuedAt).slice(0, 4));
    const key = `${letter.unitId}:${letter.year}`;
    letter.number = (next.get(key) ?? 0) + 1;
    next.set(key, letter.number);
  }
}

/** What `linkReceipts` needs of a planned response. */
export interface ReceiptCandidate {
  unitId: number;
  submittedAt: Date;
  localDay: string;
  /** Quick answer value (1 = "Không hài lòng" on the 3-level scale), or null for a full questionnaire. */
  quick: number | null;
  flagged: boolean;
}

/**
 * Turns some quick answers into answers given through a dossier's receipt: each picked answer gets a
 * dossier of its unit returned earlier that same day (one answer per dossier), and a counted "Không hài
 * lòng" marks that dossier. Returns, per response index, the dossier it answers.
 */
export function linkReceipts(
  responses: readonly ReceiptCandidate[],
  dossiers: readonly PlannedDossier[],
  { share = 0.12, seed = 20250716 } = {},
): Map<number, PlannedDossier> {
  const random = prng(seed);
  const returned = new Map<string, PlannedDossier[]>();
  for (const d of dossiers) {
    if (d.status !== "returned" || !d.returnedAt) continue;
    const key = `${d.unitId}:${localDay(d.returnedAt)}`;
    returned.set(key, [...(returned.get(key) ?? []), d]);
  }
  const links = new Map<number, PlannedDossier>();
  for (const [index, r] of responses.entries()) {
    if (r.quick === null || random() >= share) continue;
    const candidates = returned.get(`${r.unitId}:${r.localDay}`) ?? [];
    const at = candidates.findIndex((d) => (d.returnedAt?.getTime() ?? Infinity) < r.submittedAt.getTime());
    const dossier = candidates[at];
    if (!dossier) continue;
    candidates.splice(at, 1);
    links.set(index, dossier);
    if (r.quick === 1 && !r.flagged) dossier.ratedUnsatisfied = true;
  }
  return links;
}

/** The planned dossier's timeliness as the API derives it (for checks). */
export function plannedTimeliness(d: PlannedDossier) {
  return d.status === "returned" && d.returnedAt ? timelinessOf(d.returnedAt, d.dueAt) : null;
}
