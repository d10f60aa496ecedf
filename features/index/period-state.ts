/**
 * Whether a period is over: figures of a period that has not ended (the current month six days in) are
 * drawn and labelled as partial, never like a full one. Days are local days (Asia/Ho_Chi_Minh), as every
 * figure counts them: `today` is `localDay(new Date())`. Pure.
 */
import { type DayRange, lastDayOfMonth } from "./dashboard-params";

export type PeriodState =
  | { state: "complete" }
  /** Under way: its figures count the days from its start through `through` (today), not its whole length. */
  | { state: "partial"; through: string }
  | { state: "future" };

/** The one rule: a period is partial from its first day through its last day (today is not over yet). */
export function periodState(range: DayRange, today: string): PeriodState {
  if (today < range.from) return { state: "future" };
  if (today <= range.to) return { state: "partial", through: today };
  return { state: "complete" };
}

/** The state of a YYYY-MM month. */
export function monthState(month: string, today: string): PeriodState {
  return periodState({ from: `${month}-01`, to: lastDayOfMonth(month) }, today);
}

/** The day a period's figures run through when it is partial; undefined when it is over (or to come). */
export function partialThrough(range: DayRange, today: string): string | undefined {
  const state = periodState(range, today);
  return state.state === "partial" ? state.through : undefined;
}
