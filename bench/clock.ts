/**
 * The scale bench runs as if it were the last day of its data, at 18:00 in Vietnam: that day's answers are
 * "today's" — read from the rollups on every request, as a live server reads them — and the days before are
 * settled (kept in memory after the first read, features/index/server/settled-counts.ts). Without this, data
 * generated yesterday would be settled to its last answer and every view would read from memory alone.
 */
export function runAsOf(day: string): void {
  const RealDate = Date;
  const offset = new RealDate(`${day}T18:00:00+07:00`).getTime() - RealDate.now();
  function ShiftedDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new RealDate(RealDate.now() + offset).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [RealDate.now() + offset] : args, new.target);
  }
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = () => RealDate.now() + offset;
  ShiftedDate.parse = RealDate.parse;
  ShiftedDate.UTC = RealDate.UTC;
  globalThis.Date = ShiftedDate as unknown as DateConstructor;
}
