// The scale bench runs as if it were the last day of its data, at 18:00 in Vietnam: that day's answers are
// "today's" — read from the rollups on every request, as a live server reads them — and the days before are
// settled (kept in memory after the first read, features/index/server/settled-counts.ts). Without this, data
// generated yesterday would be settled to its last answer and every view would read from memory alone.
// bench/scale.ts calls `runAsOf` in its own process; the page bench starts the production server with
// `NODE_OPTIONS=--import ./bench/clock.mjs` and BENCH_AS_OF=<day>, which applies it there. Bench code only.

export function runAsOf(day) {
  const RealDate = Date;
  const offset = new RealDate(`${day}T18:00:00+07:00`).getTime() - RealDate.now();
  function shiftedDate(...args) {
    if (!new.target) return new RealDate(RealDate.now() + offset).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [RealDate.now() + offset] : args, new.target);
  }
  shiftedDate.prototype = RealDate.prototype;
  shiftedDate.now = () => RealDate.now() + offset;
  shiftedDate.parse = RealDate.parse;
  shiftedDate.UTC = RealDate.UTC;
  globalThis.Date = shiftedDate;
}

if (process.env.BENCH_AS_OF) runAsOf(process.env.BENCH_AS_OF);
