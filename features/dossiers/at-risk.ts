/**
 * Which dossiers need an apology letter (Nghị định 118/2025/NĐ-CP: a dossier that is or will be late gets
 * a letter with a new date): open dossiers due within one working day are at risk; open dossiers past their
 * appointment, and dossiers returned late, without a letter are late without a letter. Pure: no I/O; the
 * working calendar comes in (features/feedback/working-days.ts: weekends, holidays, announced days).
 */
import { addWorkingDays, endOfLocalDay, type WorkingCalendar } from "@/features/feedback/working-days";
import type { DossierStatus, DossierTimeliness } from "@/lib/constants";
import { localDay } from "@/lib/time";

export interface DossierTiming {
  status: DossierStatus;
  dueAt: Date | null;
  /** The latest date an apology letter promised. */
  newDueAt: Date | null;
  timeliness: DossierTimeliness | null;
  apologized: boolean;
}

const isOpen = (status: DossierStatus) => status === "received" || status === "processing";

/** The appointment in force: the latest letter's new date, else the receipt's due time. */
export function currentAppointment(d: Pick<DossierTiming, "dueAt" | "newDueAt">): Date | null {
  return d.newDueAt ?? d.dueAt;
}

/** The end of the next working day after today (local): an appointment up to then is at risk. */
export function atRiskUntil(now: Date, calendar: WorkingCalendar): Date {
  return endOfLocalDay(addWorkingDays(localDay(now), 1, calendar));
}

/** Open, not yet past its appointment, and due by the end of the next working day. */
export function isAtRisk(d: DossierTiming, now: Date, calendar: WorkingCalendar): boolean {
  const due = currentAppointment(d);
  return (
    isOpen(d.status) && due !== null && due.getTime() >= now.getTime() && due <= atRiskUntil(now, calendar)
  );
}

/** Open past its appointment (no letter moved it ahead), or returned late with no letter at all. */
export function isLateWithoutLetter(d: DossierTiming, now: Date): boolean {
  const due = currentAppointment(d);
  if (isOpen(d.status)) return due !== null && due.getTime() < now.getTime();
  return d.status === "returned" && d.timeliness === "late" && !d.apologized;
}

/**
 * The instant a letter's new date means: the end of that local day. It must fall on a later day than the
 * appointment in force (a "new date" on the same day is no new date); null otherwise.
 */
export function newAppointment(day: string, current: Date | null): Date | null {
  if (current !== null && day <= localDay(current)) return null;
  return endOfLocalDay(day);
}
